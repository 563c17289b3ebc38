using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Users;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Admin;

/// <summary>
/// A signed-in browser of the admin: a client that keeps its cookies, does not follow redirects,
/// and posts forms with the antiforgery token of the page that shows them.
/// </summary>
public sealed partial class AdminSession(HttpClient client) : IDisposable
{
    public const string Password = "Correct-horse-battery-9";

    public HttpClient Client => client;

    /// <summary>A user with <paramref name="role"/> (none for null), created through Identity's own manager.</summary>
    public static async Task<PortalUser> CreateUserAsync(PortalApp app, string email, string? role, string password = Password)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        if (role is not null)
        {
            var added = await users.AddToRoleAsync(user, role);
            Assert.True(added.Succeeded, string.Join("; ", added.Errors.Select(e => e.Description)));
        }

        return user;
    }

    /// <summary>A client that has not signed in.</summary>
    public static AdminSession Anonymous(PortalApp app) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Creates a user with <paramref name="role"/> and signs it in through the login page.</summary>
    public static async Task<AdminSession> SignInAsNewAsync(PortalApp app, string role, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await CreateUserAsync(app, email, role);
        var session = Anonymous(app);
        using var response = await session.SignInAsync(email, Password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in as {email} answered {(int)response.StatusCode}");
        return session;
    }

    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        PostFormAsync("/account/login", [new("Email", email), new("Password", password)]);

    /// <summary>GETs <paramref name="pagePath"/> for its form's token, then posts the fields to <paramref name="postPath"/> (default: the same page).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pagePath, IEnumerable<KeyValuePair<string, string>> fields, string? postPath = null)
    {
        var token = await AntiforgeryTokenAsync(pagePath);
        using var form = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
        return await client.PostAsync(new Uri(postPath ?? pagePath, UriKind.Relative), form, TestContext.Current.CancellationToken);
    }

    public async Task<string> AntiforgeryTokenAsync(string pagePath)
    {
        var page = await GetPageAsync(pagePath);
        var match = TokenField().Match(page);
        Assert.True(match.Success, $"{pagePath} has no form with an antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>The token of <paramref name="pagePath"/> with one character in its middle changed, as a forger who saw one would try.</summary>
    public async Task<string> AlteredAntiforgeryTokenAsync(string pagePath)
    {
        var token = await AntiforgeryTokenAsync(pagePath);
        var middle = token.Length / 2;
        return token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];
    }

    /// <summary>A page that must answer 200, as a browser asks for it.</summary>
    public async Task<string> GetPageAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}");
        return body;
    }

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
