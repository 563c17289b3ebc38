using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks.Admin;

/// <summary>A signed-in browser of the admin: cookies kept, redirects not followed, forms posted with their antiforgery token.</summary>
public sealed partial class AdminBrowser : IDisposable
{
    public AdminBrowser(string baseUrl)
    {
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromMinutes(2),
        };
        Client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
    }

    public HttpClient Client { get; }

    public async Task SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var page = await GetTextAsync("/account/login", cancellationToken);
        using var response = await PostAsync("/account/login", [new("Email", email), new("Password", password), new("__RequestVerificationToken", TokenOf(page))], cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"signing in as {email} answered {(int)response.StatusCode}");
        }
    }

    public async Task<string> GetTextAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.StatusCode == HttpStatusCode.OK ? text : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}");
    }

    public async Task<HttpResponseMessage> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(fields);
        var response = await Client.PostAsync(new Uri(path, UriKind.Relative), form, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        return response;
    }

    public static string TokenOf(string html) =>
        WebUtility.HtmlDecode(TokenField().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("the page has no antiforgery token"));

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
