using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Admin.Audit;
using Portal.Admin.Scheduling;
using Portal.Admin.Workflow;
using Portal.Content.Publishing;
using Portal.IntegrationTests.Fixtures;
using Route = Portal.IntegrationTests.Admin.AdminRouteSweepTests.Route;
using Request = Portal.IntegrationTests.Admin.AdminRouteSweepTests.Request;

namespace Portal.IntegrationTests.Admin;

/// <summary>
/// The content admin's rows of <see cref="AdminRouteSweepTests"/>. Each state-changing row acts on an
/// item of its own, made by an import-less write (owned by nobody, so a contributor must be refused).
/// </summary>
public static class ContentSweepRows
{
    private const int Found = 302, Ok = 200, Unauthorized = 401, Forbidden = 403, NotAllowed = 405;

    // Statuses per role:                          browser, script, Member, Contributor, Editor, Administrator
    private static readonly int[] Contributing = [Found, Unauthorized, Forbidden, Ok, Ok, Ok];
    private static readonly int[] ContributingPost = [Unauthorized, Unauthorized, Forbidden, Found, Found, Found];
    private static readonly int[] OthersItem = [Found, Unauthorized, Forbidden, Forbidden, Ok, Ok];
    private static readonly int[] OthersItemPost = [Unauthorized, Unauthorized, Forbidden, Forbidden, Found, Found];

    public static readonly Route[] Rows =
    [
        Route.Get("/admin/content", Contributing, "/admin/content?type=News&q=sweep&status=draft"),
        Route.Get("/admin/content/new", Contributing, "/admin/content/new?type=News"),
        Post("/admin/content/new", null, ContributingPost, _ => Task.FromResult(new Request("/admin/content/new",
            [new("type", "News"), new("Form.Id", $"sweep-new-{Guid.NewGuid():N}"), new("Form.Culture", "en"), new("Form.Title", "Sweep, new")]))),
        Route.Get("/admin/content/{id}/{culture}/edit", OthersItem, prepare: async app => new Request($"/admin/content/{await ItemAsync(app)}/en/edit", [])),
        Post("/admin/content/{id}/{culture}/edit", "save", OthersItemPost, async app => Edit(await ItemAsync(app), "save")),
        Post("/admin/content/{id}/{culture}/edit", "submit", OthersItemPost, async app => Edit(await ItemAsync(app), "submit")),
        Route.Get("/admin/content/{id}/{culture}/publish", OthersItem, prepare: async app => new Request($"/admin/content/{await ItemAsync(app)}/en/publish", [])),
        Decision("publish", app => ItemAsync(app)),
        Decision("schedule", app => ItemAsync(app), ("At", DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture)), ("Zone", "UTC")),
        Decision("approve", app => ItemAsync(app, submitted: true)),
        Decision("approveschedule", app => ItemAsync(app, submitted: true), ("At", DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture)), ("Zone", "UTC")),
        Decision("sendback", app => ItemAsync(app, submitted: true), ("Comment", "Say more.")),
        Decision("unpublish", app => ItemAsync(app, published: true)),
        Decision("archive", app => ItemAsync(app)),
        Decision("cancelschedule", app => ItemAsync(app, scheduled: true)),
        Route.Get("/admin/content/{id}/{culture}/history", OthersItem, prepare: async app => new Request($"/admin/content/{await ItemAsync(app)}/en/history", [])),
        Post("/admin/content/{id}/{culture}/history", "restore", OthersItemPost, async app =>
            new Request($"/admin/content/{await ItemAsync(app, published: true)}/en/history?handler=restore", [new("Version", "1"), new("Revision", "2")])),
        Route.Get("/admin/content/{id}/{culture}/preview", OthersItem, prepare: async app => new Request($"/admin/content/{await ItemAsync(app)}/en/preview", [])),
        Route.Get("/admin/content/preview-markdown", [Found, Unauthorized, Forbidden, NotAllowed, NotAllowed, NotAllowed]),
        new("POST", "/admin/content/preview-markdown", null, [Unauthorized, Unauthorized, Forbidden, Ok, Ok, Ok],
            _ => Task.FromResult(new Request("/admin/content/preview-markdown", [new("markdown", "# Sweep")])), null),
    ];

    private static Route Post(string pattern, string? handler, int[] expected, Func<PortalApp, Task<Request>> prepare) =>
        new("POST", pattern, handler, expected, prepare, SnapshotAsync);

    private static Route Decision(string handler, Func<PortalApp, Task<string>> item, params (string Name, string Value)[] fields) =>
        Post("/admin/content/{id}/{culture}/publish", handler, OthersItemPost, async app =>
        {
            var id = await item(app);
            var revision = await app.QueryAsync(db => db.ContentItems.Where(x => x.ContentId == id).Select(x => x.Revision).SingleAsync());
            return new Request($"/admin/content/{id}/en/publish?handler={handler}", [new("Revision", revision.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. fields.Select(f => KeyValuePair.Create(f.Name, f.Value))]);
        });

    private static Request Edit(string id, string handler) =>
        new($"/admin/content/{id}/en/edit?handler={handler}", [new("Form.Revision", "1"), new("Form.Title", "Sweep, edited")]);

    /// <summary>A new news item written straight through <see cref="ContentOperations"/>: one version, published or not, owned by no one.</summary>
    private static async Task<string> ItemAsync(PortalApp app, bool published = false, bool submitted = false, bool scheduled = false)
    {
        var id = $"sweep-{Guid.NewGuid():N}";
        using var scope = app.Services.CreateScope();
        var operations = scope.ServiceProvider.GetRequiredService<ContentOperations>();
        var draft = new ContentDraft(id, "Sweep news", null, "Body.", $"{{\"type\":\"News\",\"id\":\"{id}\",\"title\":\"Sweep news\"}}", null);
        var item = operations.Create(id, "en", "News", ownerId: null, draft);
        if (published)
        {
            operations.Publish(item, item.Versions[0]);
        }

        if (submitted)
        {
            operations.Db.Add(new ContentReview { ContentId = id, Culture = "en", State = ReviewState.Submitted, VersionNumber = 1, SubmittedUtc = DateTime.UtcNow });
        }

        if (scheduled)
        {
            operations.Db.Add(new ScheduledPublication { ContentId = id, Culture = "en", VersionNumber = 1, DueUtc = DateTime.UtcNow.AddDays(3), CreatedUtc = DateTime.UtcNow });
        }

        await operations.SaveAsync(TestContext.Current.CancellationToken);
        return id;
    }

    /// <summary>What any content action changes: items, versions, statuses, reviews, schedules, and its audit entry.</summary>
    private static Task<string> SnapshotAsync(PortalApp app) =>
        app.QueryAsync(async db => string.Join('/',
            await db.ContentItems.CountAsync(),
            await db.ContentVersions.CountAsync(),
            await db.ContentItems.CountAsync(x => x.Status == Portal.Content.Model.ContentStatus.Published),
            await db.Set<ContentReview>().CountAsync(),
            await db.Set<ScheduledPublication>().CountAsync(s => s.DoneUtc == null),
            await db.Set<AuditEntry>().CountAsync(e => e.Action.StartsWith("content."))));
}
