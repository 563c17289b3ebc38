using System.Globalization;
using Portal.IntegrationTests.Fixtures;
using Route = Portal.IntegrationTests.Admin.AdminRouteSweepTests.Route;
using Request = Portal.IntegrationTests.Admin.AdminRouteSweepTests.Request;

namespace Portal.IntegrationTests.Admin;

/// <summary>
/// The content admin's rows of <see cref="AdminRouteSweepTests"/>. Each state-changing row acts on an
/// item of its own (<see cref="SweepSamples.ItemAsync"/>: owned by nobody, so a contributor must be refused).
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
        Route.Content("/admin/content/new", null, ContributingPost, _ => Task.FromResult(new Request("/admin/content/new",
            [new("type", "News"), new("Form.Id", $"sweep-new-{Guid.NewGuid():N}"), new("Form.Culture", "en"), new("Form.Title", "Sweep, new")]))),
        Route.Get("/admin/content/{id}/{culture}/edit", OthersItem, prepare: async app => new Request($"/admin/content/{(await SweepSamples.ItemAsync(app)).Id}/en/edit", [])),
        Route.Content("/admin/content/{id}/{culture}/edit", "save", OthersItemPost, async app => Edit(await SweepSamples.ItemAsync(app), "save")),
        Route.Content("/admin/content/{id}/{culture}/edit", "submit", OthersItemPost, async app => Edit(await SweepSamples.ItemAsync(app), "submit")),
        Route.Get("/admin/content/{id}/{culture}/publish", OthersItem, prepare: async app => new Request($"/admin/content/{(await SweepSamples.ItemAsync(app)).Id}/en/publish", [])),
        Decision("publish", app => SweepSamples.ItemAsync(app)),
        Decision("schedule", app => SweepSamples.ItemAsync(app), ("At", InFiveDays()), ("Zone", "UTC")),
        Decision("approve", app => SweepSamples.ItemAsync(app, submitted: true)),
        Decision("approveschedule", app => SweepSamples.ItemAsync(app, submitted: true), ("At", InFiveDays()), ("Zone", "UTC")),
        Decision("sendback", app => SweepSamples.ItemAsync(app, submitted: true), ("Comment", "Say more.")),
        Decision("unpublish", app => SweepSamples.ItemAsync(app, published: true)),
        Decision("archive", app => SweepSamples.ItemAsync(app)),
        Decision("cancelschedule", app => SweepSamples.ItemAsync(app, scheduled: true)),
        Route.Get("/admin/content/{id}/{culture}/history", OthersItem, prepare: async app => new Request($"/admin/content/{(await SweepSamples.ItemAsync(app)).Id}/en/history", [])),
        Route.Content("/admin/content/{id}/{culture}/history", "restore", OthersItemPost, async app =>
        {
            var (id, revision) = await SweepSamples.ItemAsync(app, published: true);
            return new Request($"/admin/content/{id}/en/history?handler=restore", [new("Version", "1"), new("Revision", Text(revision))]);
        }),
        Route.Get("/admin/content/{id}/{culture}/preview", OthersItem, prepare: async app => new Request($"/admin/content/{(await SweepSamples.ItemAsync(app)).Id}/en/preview", [])),
        Route.Get("/admin/content/preview-markdown", [Found, Unauthorized, Forbidden, NotAllowed, NotAllowed, NotAllowed]),
        Route.Unprobed("/admin/content/preview-markdown", null, [Unauthorized, Unauthorized, Forbidden, Ok, Ok, Ok],
            _ => Task.FromResult(new Request("/admin/content/preview-markdown", [new("markdown", "# Sweep")]))),
    ];

    private static Route Decision(string handler, Func<PortalApp, Task<(string Id, int Revision)>> item, params (string Name, string Value)[] fields) =>
        Route.Content("/admin/content/{id}/{culture}/publish", handler, OthersItemPost, async app =>
        {
            var (id, revision) = await item(app);
            return new Request($"/admin/content/{id}/en/publish?handler={handler}", [new("Revision", Text(revision)), .. fields.Select(f => KeyValuePair.Create(f.Name, f.Value))]);
        });

    private static Request Edit((string Id, int Revision) item, string handler) =>
        new($"/admin/content/{item.Id}/en/edit?handler={handler}", [new("Form.Revision", Text(item.Revision)), new("Form.Title", "Sweep, edited")]);

    private static string InFiveDays() => DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);
}
