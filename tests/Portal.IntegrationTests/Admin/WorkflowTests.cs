using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Audit;
using Portal.Admin.Workflow;
using Portal.Content.Model;
using Portal.Content.Users;
using Portal.IntegrationTests.Fixtures;
using static Portal.IntegrationTests.Admin.ContentForms;

namespace Portal.IntegrationTests.Admin;

/// <summary>Review and publishing: contributors submit, editors send back, approve, publish, unpublish and archive.</summary>
public sealed class WorkflowTests
{
    private static readonly (string, string)[] Drills = [("Title", "Tripoli fire drills"), ("Fields[clusters]", "disaster-risk-reduction"), ("Fields[cities]", "tripoli")];

    [Fact]
    public async Task A_contribution_goes_from_submission_through_a_comment_to_approval_and_the_public_page()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var contributor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Contributor);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);
        await AssertRedirectAsync(await CreateAsync(contributor, "CaseStudy", [("Id", "tripoli-drills"), .. Drills, ("Body", "First text.")]), EditPath("tripoli-drills"));

        var (_, revision) = await OpenAsync(contributor, "tripoli-drills");
        await AssertRedirectAsync(await SaveAsync(contributor, "tripoli-drills", "en", revision, "submit", [.. Drills, ("Body", "First text.")]), EditPath("tripoli-drills") + "?done=submitted");
        Assert.Equal(1, await app.VersionCountAsync("tripoli-drills"));
        var awaiting = await editor.GetPageAsync("/admin");
        Assert.Contains($"<a href=\"{EditPath("tripoli-drills")}\">Tripoli fire drills</a>", awaiting, StringComparison.Ordinal);

        await AssertRedirectAsync(await DecideAsync(editor, "tripoli-drills", "en", "sendback", ("Comment", "Please name the fire brigade.")), EditPath("tripoli-drills") + "?done=sent-back");
        var review = await app.QueryAsync(db => db.Set<ContentReview>().SingleAsync());
        Assert.Equal((ReviewState.ChangesRequested, "Please name the fire brigade."), (review.State, review.Comment));
        Assert.Contains("Please name the fire brigade.", await contributor.GetPageAsync(EditPath("tripoli-drills")), StringComparison.Ordinal);
        Assert.Contains("Please name the fire brigade.", await contributor.GetPageAsync("/admin"), StringComparison.Ordinal);

        (_, revision) = await OpenAsync(contributor, "tripoli-drills");
        await AssertRedirectAsync(await SaveAsync(contributor, "tripoli-drills", "en", revision, "submit", [.. Drills, ("Body", "The civil defence brigade ran the drills.")]), EditPath("tripoli-drills"));
        Assert.Equal(ReviewState.Submitted, (await app.QueryAsync(db => db.Set<ContentReview>().SingleAsync())).State);
        using (var notYet = await app.CreateClient().GetAsync(new Uri("/case-studies/tripoli-drills", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.NotFound, notYet.StatusCode);
        }

        await AssertRedirectAsync(await DecideAsync(editor, "tripoli-drills", "en", "approve"), EditPath("tripoli-drills") + "?done=approved");

        using var client = app.CreateClient();
        var publicPage = await client.GetStringAsync(new Uri("/case-studies/tripoli-drills", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("The civil defence brigade ran the drills.", publicPage, StringComparison.Ordinal);
        Assert.Equal("Tripoli fire drills", (string)(await app.GetJsonAsync("/api/content/tripoli-drills"))["title"]!);
        Assert.Contains("tripoli-drills", await app.ListIdsAsync("type=CaseStudy&size=100"));
        Assert.Equal(0, await app.QueryAsync(db => db.Set<ContentReview>().CountAsync()));
        var actions = await app.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Target == "tripoli-drills/en").OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["content.create", "content.submit", "content.send-back", "content.save", "content.submit", "content.approve"], actions);
    }

    [Fact]
    public async Task A_contributor_cannot_publish_or_decide_anything_even_with_a_forged_form()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var contributor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Contributor);
        await AssertRedirectAsync(await CreateAsync(contributor, "News", ("Id", "own-news"), ("Title", "Own news")), EditPath("own-news"));
        var before = await ContentState.SnapshotAsync(app);

        foreach (var (id, handler) in new[] { ("own-news", "publish"), ("own-news", "approve"), ("own-news", "schedule"), ("own-news", "unpublish"), ("ningbo", "archive"), ("ningbo", "unpublish"), ("own-news", "sendback") })
        {
            var token = await contributor.AntiforgeryTokenAsync(EditPath("own-news"));
            using var form = new FormUrlEncodedContent([new("Revision", "1"), new("At", "2030-01-01T09:00"), new("Comment", "x"), new("__RequestVerificationToken", token)]);
            using var response = await contributor.Client.PostAsync(new Uri($"/admin/content/{id}/en/publish?handler={handler}", UriKind.Relative), form, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{handler} of {id} answered {(int)response.StatusCode}");
        }

        Assert.Equal(before, await ContentState.SnapshotAsync(app));
        var items = await app.QueryAsync(db => db.ContentItems.Where(x => x.ContentId == "own-news" || x.ContentId == "ningbo").ToDictionaryAsync(x => x.ContentId, x => x.Status));
        Assert.Equal(ContentStatus.Draft, items["own-news"]);
        Assert.Equal(ContentStatus.Published, items["ningbo"]);
        Assert.DoesNotContain("handler=publish", await contributor.GetPageAsync(EditPath("own-news")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_draft_preview_shows_the_draft_as_its_public_page_while_the_public_page_keeps_the_published_version()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);
        var (page, revision) = await OpenAsync(editor, "ningbo-sponge-city");
        var published = (await app.QueryAsync(db => db.ContentItems.SingleAsync(x => x.ContentId == "ningbo-sponge-city" && x.Culture == "en"))).PublishedVersion;
        await AssertRedirectAsync(await SaveAsync(editor, "ningbo-sponge-city", "en", revision, "save",
            ("Title", "Sponge city, the draft title"), ("Body", "A paragraph only the draft has.")), EditPath("ningbo-sponge-city"));

        using var preview = new HttpRequestMessage(HttpMethod.Get, new Uri("/admin/content/ningbo-sponge-city/en/preview", UriKind.Relative));
        using var previewed = await editor.Client.SendAsync(preview, TestContext.Current.CancellationToken);
        var draftPage = await BodyAsync(previewed);
        using var client = app.CreateClient();
        var publicPage = await client.GetStringAsync(new Uri("/case-studies/ningbo-sponge-city", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
        Assert.Contains("noindex", previewed.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
        Assert.Contains("<h1>Sponge city, the draft title</h1>", draftPage, StringComparison.Ordinal);
        Assert.Contains("A paragraph only the draft has.", draftPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/theme/site.css", draftPage, StringComparison.Ordinal);
        Assert.DoesNotContain("A paragraph only the draft has.", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Sponge city, the draft title", publicPage, StringComparison.Ordinal);

        var old = await editor.Client.GetStringAsync(new Uri($"/admin/content/ningbo-sponge-city/en/preview?version={published}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.DoesNotContain("A paragraph only the draft has.", old, StringComparison.Ordinal);
        using var anonymous = AdminSession.Anonymous(app);
        using var refused = await anonymous.Client.GetAsync(new Uri("/admin/content/ningbo-sponge-city/en/preview", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        using var contributor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Contributor);
        using var notOwn = await contributor.Client.GetAsync(new Uri("/admin/content/ningbo-sponge-city/en/preview", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, notOwn.StatusCode);
    }

    [Fact]
    public async Task Unpublish_takes_the_page_down_and_archive_cancels_what_was_scheduled()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);

        await AssertRedirectAsync(await DecideAsync(editor, "chongqing", "en", "unpublish"), EditPath("chongqing") + "?done=unpublished");
        Assert.Equal(404, (await app.GetAsync("/api/content/chongqing")).Status);
        using (var client = app.CreateClient())
        using (var gone = await client.GetAsync(new Uri("/cities/chongqing", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        var at = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        await AssertRedirectAsync(await DecideAsync(editor, "chongqing", "en", "schedule", ("At", at), ("Zone", "UTC")), EditPath("chongqing") + "?done=scheduled");
        await AssertRedirectAsync(await DecideAsync(editor, "chongqing", "en", "archive"), EditPath("chongqing") + "?done=archived");

        var item = await app.QueryAsync(db => db.ContentItems.SingleAsync(x => x.ContentId == "chongqing"));
        Assert.Equal((ContentStatus.Archived, (int?)null), (item.Status, item.PublishedVersion));
        var schedule = await app.QueryAsync(db => db.Set<Portal.Admin.Scheduling.ScheduledPublication>().SingleAsync());
        Assert.True(schedule.Cancelled && schedule.DoneUtc is not null);
    }

    [Fact]
    public async Task A_decision_from_a_page_opened_before_the_item_changed_is_refused_and_changes_nothing()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), withRepositoryContent: true);
        using var editor = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor);
        await AssertRedirectAsync(await CreateAsync(editor, "News", ("Id", "stale"), ("Title", "Stale news")), EditPath("stale"));
        var (_, revision) = await OpenAsync(editor, "stale");
        await AssertRedirectAsync(await SaveAsync(editor, "stale", "en", revision, "save", ("Title", "Stale news, version 2")), EditPath("stale"));
        var before = await ContentState.SnapshotAsync(app);

        using var response = await editor.PostFormAsync(EditPath("stale"), [new("Revision", revision.ToString(System.Globalization.CultureInfo.InvariantCulture))], "/admin/content/stale/en/publish?handler=publish");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("changed since you opened it", await BodyAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await ContentState.SnapshotAsync(app));
        Assert.Equal(ContentStatus.Draft, (await app.QueryAsync(db => db.ContentItems.SingleAsync(x => x.ContentId == "stale"))).Status);
    }
}
