using System.Diagnostics;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Site;

/// <summary>
/// What another process publishes (the <c>import</c> verb run beside the site) reaches the site's cached
/// pages and feeds through the shared queue of public changes, not only after the cache expires.
/// </summary>
public abstract class ChangesFromAnotherProcessTests(IDatabaseSource database)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task An_import_beside_the_running_site_replaces_its_cached_page_and_feed()
    {
        await using var portal = await PortalProcess.CreateAsync(database);
        portal.WriteContent("news/floods.md", ContentFile.News("Floods of spring"));
        var first = await portal.RunAsync(["import"]);
        Assert.True(first.ExitCode == 0, first.ToString());
        await using var site = portal.StartSite();
        await site.WaitForHealthAsync();
        using var client = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        foreach (var path in new[] { "/news/floods", "/feed.xml" })
        {
            // Twice: the second answer comes from the output cache.
            Assert.Contains("Floods of spring", await client.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken), StringComparison.Ordinal);
            Assert.Contains("Floods of spring", await client.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        portal.WriteContent("news/floods.md", ContentFile.News("Floods of autumn"));
        var second = await portal.RunAsync(["import"]);
        Assert.True(second.ExitCode == 0, second.ToString());

        await ShowsAsync(client, "/news/floods", "Floods of autumn");
        await ShowsAsync(client, "/feed.xml", "Floods of autumn");
    }

    private static async Task ShowsAsync(HttpClient client, string path, string text)
    {
        var clock = Stopwatch.StartNew();
        string page;
        while (!(page = await client.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken)).Contains(text, StringComparison.Ordinal))
        {
            Assert.True(clock.Elapsed < Deadline, $"{path} still did not show '{text}' {Deadline.TotalSeconds} s after the import:\n{page}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}

public sealed class ChangesFromAnotherProcessTestsOnSqlite() : ChangesFromAnotherProcessTests(SqliteFiles.Instance);

public sealed class ChangesFromAnotherProcessTestsOnPostgreSql(PostgresServer server) : ChangesFromAnotherProcessTests(server);
