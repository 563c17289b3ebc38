using System.Net.Sockets;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Storage;
using Portal.Digests.Subscriptions;
using Portal.Digests.Tokens;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Hosting;

/// <summary>What a script sends that no browser would: a Host no URL can hold, a form the framework cannot read. 400, never 500.</summary>
public sealed class MalformedRequestTests
{
    private static readonly string[] PublicPaths = ["/", "/feed.xml", "/clusters/disaster-risk-reduction/feed.xml", "/events.ics", "/sitemap.xml"];

    [Fact]
    public async Task A_malformed_Host_header_answers_400_on_pages_feeds_calendars_and_the_sitemap()
    {
        await using var app = await PortalApp.CreateOnKestrelAsync(new SqliteFiles());
        string[] malformed = ["xn--", new string('a', 300), "localhost:99999"];

        var answers = new List<string>();
        foreach (var host in malformed)
        {
            foreach (var path in PublicPaths)
            {
                answers.Add($"{host[..Math.Min(host.Length, 12)]} {path} {await RawStatusAsync(app, host, path)}");
            }
        }

        Assert.All(answers, answer => Assert.EndsWith(" 400", answer, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("portal_web:8080")]
    [InlineData("xn--fsqu00a.xn--fiqs8s")]
    [InlineData("[::1]")]
    [InlineData("portal.example.org:443")]
    public async Task A_well_formed_Host_header_is_served_as_before(string host)
    {
        await using var app = await PortalApp.CreateOnKestrelAsync(new SqliteFiles());

        Assert.Equal(200, await RawStatusAsync(app, host, "/"));
        Assert.Equal(200, await RawStatusAsync(app, host, "/feed.xml"));
    }

    [Fact]
    public async Task A_form_the_framework_cannot_read_answers_the_themes_400_page_on_subscribe_unsubscribe_and_preferences()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());
        var subscription = new Subscription
        {
            Id = Guid.NewGuid(),
            Email = "member@example.org",
            Culture = "en",
            ConfirmStamp = "stamp",
            Status = SubscriptionStatus.Active,
            Frequency = DigestFrequency.Weekly,
            CreatedUtc = DateTime.UtcNow,
            ModifiedUtc = DateTime.UtcNow,
        };
        subscription.SetClusters(["disaster-risk-reduction"]);
        string unsubscribe, preferences;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.Add(subscription);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            var tokens = scope.ServiceProvider.GetRequiredService<SubscriptionTokens>();
            unsubscribe = $"/unsubscribe?token={Uri.EscapeDataString(tokens.Create(subscription, TokenPurpose.Unsubscribe))}";
            preferences = $"/subscribe/preferences?token={Uri.EscapeDataString(tokens.Create(subscription, TokenPurpose.Preferences))}";
        }

        var forms = new (string Name, Func<HttpContent> Body)[]
        {
            ("a 5 MB field", () => Encoded($"List-Unsubscribe=One-Click&email=a@example.org&clusters={new string('x', 5 * 1024 * 1024)}")),
            ("a NUL", () => Encoded("List-Unsubscribe=One-Click&email=a%00@example.org&clusters=disaster-risk-reduction&frequency=weekly")),
            ("1,100 values", () => Encoded(string.Join('&', Enumerable.Range(0, 1100).Select(i => $"clusters=c{i}")))),
            ("multipart cut short", () => Multipart("multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nabc")),
            ("multipart without boundary", () => Multipart("multipart/form-data", "abc")),
        };

        using var client = app.CreateClient();
        var answers = new List<string>();
        foreach (var path in new[] { "/subscribe", unsubscribe, preferences })
        {
            foreach (var (name, body) in forms)
            {
                using var content = body();
                using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content, TestContext.Current.CancellationToken);
                var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                var themed = page.Contains("<h1>Request refused</h1>", StringComparison.Ordinal) && page.Contains("class=\"site-header\"", StringComparison.Ordinal);
                answers.Add($"{path[..Math.Min(path.Length, 22)]}, {name}: {(int)response.StatusCode}{(themed ? " themed" : "")}");
            }
        }

        Assert.All(answers, answer => Assert.EndsWith(": 400 themed", answer, StringComparison.Ordinal));
        var row = await app.QueryAsync(db => db.Set<Subscription>().SingleAsync());
        Assert.Equal((SubscriptionStatus.Active, "disaster-risk-reduction"), (row.Status, row.Clusters));
    }

    private static StringContent Encoded(string body) => new(body, Encoding.ASCII, "application/x-www-form-urlencoded");

    private static ByteArrayContent Multipart(string contentType, string body)
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    /// <summary>A GET written byte by byte on a socket, since HttpClient refuses to send such a Host; the status of the answer.</summary>
    private static async Task<int> RawStatusAsync(PortalApp app, string host, string path)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(app.Address.Host, app.Address.Port, TestContext.Current.CancellationToken);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync(TestContext.Current.CancellationToken) ?? "";
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
