using System.Net;
using Portal.Content.Users;
using Portal.IntegrationTests.Fixtures;
using static Portal.IntegrationTests.Admin.ContentForms;

namespace Portal.IntegrationTests.Admin;

/// <summary>The content list: per type, title search, filters and paging; contributors see their own items only.</summary>
public sealed class ContentListTests
{
    [Fact]
    public async Task An_editor_filters_the_list_by_type_title_culture_cluster_and_status()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);
        await AssertRedirectAsync(await CreateAsync(editor, "News", ("Id", "farm-draft"), ("Title", "Terraces that keep the soil"), ("Fields[clusters]", "sustainable-agriculture")), EditPath("farm-draft"));

        var caseStudies = await editor.GetPageAsync("/admin/content?type=CaseStudy");
        Assert.Contains(EditPath("ningbo-sponge-city"), caseStudies, StringComparison.Ordinal);
        Assert.Contains(EditPath("ningbo-sponge-city", "zh"), caseStudies, StringComparison.Ordinal);
        Assert.DoesNotContain(EditPath("ningbo"), caseStudies, StringComparison.Ordinal);

        var sponge = await editor.GetPageAsync("/admin/content?type=CaseStudy&q=SPONGE");
        Assert.Contains(EditPath("ningbo-sponge-city"), sponge, StringComparison.Ordinal);
        Assert.DoesNotContain(EditPath("ningbo-catastrophe-insurance"), sponge, StringComparison.Ordinal);

        var chinese = await editor.GetPageAsync("/admin/content?type=CaseStudy&culture=zh");
        Assert.Contains(EditPath("ningbo-sponge-city", "zh"), chinese, StringComparison.Ordinal);
        Assert.DoesNotContain(EditPath("ningbo-sponge-city"), chinese, StringComparison.Ordinal);

        // The cluster filter reads the public version's clusters: a draft never published is not in it yet.
        var agriculture = await editor.GetPageAsync("/admin/content?cluster=sustainable-agriculture");
        Assert.Contains(EditPath("caas"), agriculture, StringComparison.Ordinal);
        Assert.DoesNotContain(EditPath("farm-draft"), agriculture, StringComparison.Ordinal);
        Assert.DoesNotContain(EditPath("ningbo-sponge-city"), agriculture, StringComparison.Ordinal);

        var drafts = await editor.GetPageAsync("/admin/content?status=draft");
        Assert.Contains(EditPath("farm-draft"), drafts, StringComparison.Ordinal);
        Assert.DoesNotContain(EditPath("ningbo-sponge-city"), drafts, StringComparison.Ordinal);
        Assert.Contains("1 item, page 1 of 1", drafts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_filter_values_are_dropped_and_a_page_past_the_end_shows_the_last_page()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);
        var total = (await app.CountAsync()).Items;

        var page = await editor.GetPageAsync("/admin/content?type=Nope&status=zzz&culture=xx&cluster=none&page=999");

        Assert.Contains($"{total} items, page 1 of 1", page, StringComparison.Ordinal);
        Assert.Contains(EditPath("ningbo"), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_list_is_paged_fifty_at_a_time_with_links_that_keep_the_filters()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());
        for (var i = 0; i < 60; i++)
        {
            app.WriteContent($"news/n{i:00}.md", $"---\ntype: News\ntitle: Flood bulletin {i:00}\npublished: 2026-01-01\n---\nText.");
        }

        await app.ImportAsync();
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);

        var first = await editor.GetPageAsync("/admin/content?type=News");
        var second = await editor.GetPageAsync("/admin/content?type=News&page=2");
        var searched = await editor.GetPageAsync("/admin/content?type=News&q=bulletin");
        var searchedLast = await editor.GetPageAsync("/admin/content?type=News&q=bulletin&page=2");

        Assert.Contains("60 items, page 1 of 2", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/content?type=News&amp;page=2\"", first, StringComparison.Ordinal);
        Assert.Equal((50, 10), (CountRows(first), CountRows(second)));
        Assert.All(Enumerable.Range(0, 60), i => Assert.Single((first + second).Split($">Flood bulletin {i:00}<")[1..]));

        // A title search is not counted (no index narrows it): it says whether another page follows.
        Assert.Contains("Page 1, more follow", searched, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/content?type=News&amp;q=bulletin&amp;page=2\"", searched, StringComparison.Ordinal);
        Assert.Contains("Page 2, the last", searchedLast, StringComparison.Ordinal);
        Assert.Equal((50, 10), (CountRows(searched), CountRows(searchedLast)));
    }

    [Fact]
    public async Task A_contributor_sees_only_the_items_it_wrote()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var contributor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Contributor);
        using var other = await AdminSession.SignInAsNewAsync(app, PortalRoles.Contributor);
        await AssertRedirectAsync(await CreateAsync(contributor, "News", ("Id", "mine"), ("Title", "My news")), EditPath("mine"));
        await AssertRedirectAsync(await CreateAsync(other, "News", ("Id", "theirs"), ("Title", "Their news")), EditPath("theirs"));

        var list = await contributor.GetPageAsync("/admin/content");

        Assert.Contains(EditPath("mine"), list, StringComparison.Ordinal);
        Assert.DoesNotContain(EditPath("theirs"), list, StringComparison.Ordinal);
        Assert.DoesNotContain(EditPath("ningbo-sponge-city"), list, StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(EditPath("theirs"), UriKind.Relative));
        using var response = await contributor.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static int CountRows(string page) =>
        page.Split("<tr>", StringSplitOptions.None).Length - 2;
}
