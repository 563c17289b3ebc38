using System.Globalization;
using System.Text.RegularExpressions;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Site;

/// <summary>A cluster space with more items than it shows: the newest case studies, the next and the latest events, and a link to the rest.</summary>
public sealed partial class ClusterSpaceTests
{
    private static readonly string[] ExpectedOrder = ["sooner", "later", "past-recent", "past-old"];

    [Fact]
    public async Task A_cluster_space_shows_its_twelve_newest_case_studies_and_links_to_all_of_them()
    {
        await using var app = await PortalApp.CreateAsync(SqliteFiles.Instance);
        app.WriteContent("clusters/water.md", "---\ntype: Cluster\nid: water\ntitle: Water\nsummary: Water.\npublished: 2020-01-01\n---\nWater.\n");
        for (var i = 1; i <= 15; i++)
        {
            app.WriteContent($"case-studies/case-{i}.md", string.Create(CultureInfo.InvariantCulture, $"""
                ---
                type: CaseStudy
                id: case-{i}
                title: Case number {i}
                summary: Case {i}.
                published: 2021-01-{i:00}
                clusters: [water]
                ---
                ## Challenge
                Text.
                """));
        }

        Assert.Empty((await app.ImportAsync()).Problems);
        var page = await SitePage.GetAsync(app, "/clusters/water");

        Assert.Equal(200, page.Status);
        var shown = CaseTitle().Matches(page.Text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(4, 12).Reverse(), shown);
        Assert.Contains("href=\"/case-studies?cluster=water\"", page.Text, StringComparison.Ordinal);
        Assert.Contains("Case number 1<", (await SitePage.GetAsync(app, "/case-studies?cluster=water&page=2")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cluster_space_lists_upcoming_events_soonest_first_then_past_ones_latest_first()
    {
        await using var app = await PortalApp.CreateAsync(SqliteFiles.Instance);
        app.WriteContent("clusters/water.md", "---\ntype: Cluster\nid: water\ntitle: Water\nsummary: Water.\npublished: 2020-01-01\n---\nWater.\n");
        var year = DateTime.UtcNow.Year;
        (string Id, string Starts)[] events = [("later", $"{year + 2}-03"), ("past-old", "2019"), ("sooner", $"{year + 1}-Q2"), ("past-recent", $"{year - 1}-06-01")];
        foreach (var (id, starts) in events)
        {
            app.WriteContent($"events/{id}.md", $"---\ntype: Event\nid: {id}\ntitle: Event {id}\nsummary: S.\npublished: 2020-01-01\nstarts: \"{starts}\"\nclusters: [water]\n---\nE.\n");
        }

        Assert.Empty((await app.ImportAsync()).Problems);
        var text = (await SitePage.GetAsync(app, "/clusters/water")).Text;

        var order = ExpectedOrder.Select(id => text.IndexOf($"Event {id}<", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [GeneratedRegex(@"Case number (\d+)<")]
    private static partial Regex CaseTitle();
}
