using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Users;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Admin;

/// <summary>
/// Every admin route against every role: the status each must get, from one table. A state-changing
/// route also shows that a refused POST changed nothing (and that the allowed one changed something,
/// so that the check can fail). A second test lists the endpoints the app really has under /admin and
/// fails on any without a row: a route added later must be added here.
/// </summary>
public sealed class AdminRouteSweepTests(AdminRouteSweepTests.Site site) : IClassFixture<AdminRouteSweepTests.Site>
{
    public const string AnonymousBrowser = "anonymous browser";
    public const string AnonymousScript = "anonymous script";

    /// <summary>The columns of <see cref="Route.Expected"/>, in order.</summary>
    public static readonly string[] Roles = [AnonymousBrowser, AnonymousScript, PortalRoles.Member, PortalRoles.Contributor, PortalRoles.Editor, PortalRoles.Administrator];

    private const int Found = 302, Ok = 200, Unauthorized = 401, Forbidden = 403;

    // Statuses per role:                        browser, script, Member, Contributor, Editor, Administrator
    private static readonly int[] Contributing = [Found, Unauthorized, Forbidden, Ok, Ok, Ok];
    private static readonly int[] Administration = [Found, Unauthorized, Forbidden, Forbidden, Forbidden, Ok];
    private static readonly int[] AdministrationPost = [Unauthorized, Unauthorized, Forbidden, Forbidden, Forbidden, Found];
    private static readonly int[] Everyone = [Ok, Ok, Ok, Ok, Ok, Ok];
    private static readonly int[] SignedIn = [Found, Unauthorized, Ok, Ok, Ok, Ok];
    private static readonly int[] ContributingPost = [Unauthorized, Unauthorized, Forbidden, Found, Found, Found];
    private static readonly int[] Editing = [Found, Unauthorized, Forbidden, Forbidden, Ok, Ok];
    private static readonly int[] EditingPost = [Unauthorized, Unauthorized, Forbidden, Forbidden, Found, Found];

    public static readonly Route[] Table =
    [
        Route.Get("/admin", Contributing),
        Route.Get("/admin/assets/{name}", Everyone, "/admin/assets/admin.css"),
        Route.Get("/admin/users", Administration),
        Route.Get("/admin/users/invite", Administration),
        Route.Post("/admin/users/invite", null, AdministrationPost, _ => Task.FromResult(new Request("/admin/users/invite", [new("Email", $"invited-{Guid.NewGuid():N}@example.org"), new("Role", PortalRoles.Contributor)]))),
        Route.Get("/admin/users/{id}", Administration, prepare: async app => new Request($"/admin/users/{(await TargetAsync(app)).Id}", [])),
        Route.Post("/admin/users/{id}", "Role", AdministrationPost, async app => new Request($"/admin/users/{(await TargetAsync(app)).Id}?handler=Role", [new("Role", PortalRoles.Member)])),
        Route.Post("/admin/users/{id}", "Disable", AdministrationPost, async app => new Request($"/admin/users/{(await TargetAsync(app)).Id}?handler=Disable", [])),
        Route.Post("/admin/users/{id}", "Enable", AdministrationPost, async app => new Request($"/admin/users/{(await TargetAsync(app)).Id}?handler=Enable", [])),
        Route.Get("/admin/audit", Administration),
        .. ContentSweepRows.Rows,
        .. DigestSweepRows.Rows,
        Route.Get("/admin/media", Contributing),
        Route.Get("/admin/media/list", Contributing),
        Route.Unprobed("/admin/media", null, [Unauthorized, Unauthorized, Forbidden, 400, 400, 400], _ => Task.FromResult(new Request("/admin/media", [new("AltText", "no file sent")]))),
        Route.Get("/admin/media/{id:long}", Editing, prepare: async app => new Request($"/admin/media/{await SweepSamples.MediaAsync(app)}", [])),
        Route.Content("/admin/media/{id:long}", "alttext", EditingPost, async app => new Request($"/admin/media/{await SweepSamples.MediaAsync(app)}?handler=AltText", [new("AltText", "Report cover")])),
        Route.Content("/admin/media/{id:long}", "delete", EditingPost, async app => new Request($"/admin/media/{await SweepSamples.MediaAsync(app)}?handler=Delete", [])),

        // Account pages are not under /admin, but who may open them matters as much.
        Route.Get("/account/login", Everyone),
        Route.Get("/account/forgot-password", Everyone),
        Route.Get("/account/two-factor", SignedIn),
        Route.Get("/account/access-denied", [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden]),
    ];

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var route in Table)
        {
            foreach (var role in Roles)
            {
                cases.Add(route.Key, role);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_admin_route_answers_each_role_with_the_status_of_the_table(string route, string role)
    {
        var row = Table.Single(r => r.Key == route);
        var expected = row.Expected[Array.IndexOf(Roles, role)];
        var session = site.Sessions[role];
        var request = await row.Prepare(site.App);
        var token = row.Method == "POST" ? await session.AntiforgeryTokenAsync("/account/login") : null;
        var before = row.Probe is null ? null : await row.Probe(site.App);

        using var message = new HttpRequestMessage(new HttpMethod(row.Method), new Uri(request.Path, UriKind.Relative));
        if (role != AnonymousScript)
        {
            message.Headers.Accept.ParseAdd("text/html");
        }

        if (token is not null)
        {
            message.Content = new FormUrlEncodedContent([.. request.Fields, new("__RequestVerificationToken", token)]);
        }

        using var response = await session.Client.SendAsync(message, TestContext.Current.CancellationToken);
        Assert.True((int)response.StatusCode == expected, $"{row.Method} {request.Path} as {role}: expected {expected}, got {(int)response.StatusCode}");
        if (expected == Found && row.Method == "GET" && role == AnonymousBrowser)
        {
            Assert.StartsWith("/account/login?ReturnUrl=", new Uri(site.App.Server.BaseAddress, response.Headers.Location!).PathAndQuery, StringComparison.Ordinal);
        }

        if (before is not null)
        {
            var after = await row.Probe!(site.App);
            if (expected is Unauthorized or Forbidden)
            {
                Assert.Equal(before, after);
            }
            else
            {
                Assert.NotEqual(before, after);
            }
        }
    }

    [Fact]
    public async Task Every_endpoint_under_admin_has_a_row_in_the_table_and_every_row_an_endpoint()
    {
        var loader = site.App.Services.GetRequiredService<PageLoader>();
        var found = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var endpoint in site.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            if (!pattern.Equals("/admin", StringComparison.OrdinalIgnoreCase) && !pattern.StartsWith("/admin/", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                // A page answers GET even without an OnGet; each POST handler is a form of its own.
                found.Add(Route.KeyOf("GET", pattern, null));
                var compiled = endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() ?? await loader.LoadAsync(page, endpoint.Metadata);
                foreach (var handler in compiled.HandlerMethods)
                {
                    found.Add(Route.KeyOf(handler.HttpMethod, pattern, handler.Name));
                }
            }
            else
            {
                foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                {
                    found.Add(Route.KeyOf(method, pattern, null));
                }
            }
        }

        var listed = Table.Where(r => r.Pattern.StartsWith("/admin", StringComparison.Ordinal)).Select(r => r.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.True(found.Count > 5, "the app lists almost no admin endpoint: the listing itself is broken");
        var unlisted = found.Where(key => !listed.Contains(key)).ToList();
        Assert.True(unlisted.Count == 0, $"Endpoints without a row in AdminRouteSweepTests.Table: {string.Join(", ", unlisted)}");
        var stale = listed.Where(key => !found.Contains(key)).ToList();
        Assert.True(stale.Count == 0, $"Rows of AdminRouteSweepTests.Table without an endpoint: {string.Join(", ", stale)}");
    }

    /// <summary>An account for a state-changing row to act on; a new one each time, so that cases do not meet.</summary>
    private static Task<PortalUser> TargetAsync(PortalApp app) =>
        AdminSession.CreateUserAsync(app, $"target-{Guid.NewGuid():N}@example.org", PortalRoles.Editor);

    /// <summary>What a row sends: the path with its sample values and, for a POST, the form fields.</summary>
    public sealed record Request(string Path, IReadOnlyList<KeyValuePair<string, string>> Fields);

    /// <summary>
    /// One row: a route pattern as the app maps it (and, for a page's POST, the handler), the status
    /// for each of <see cref="Roles"/>, how to make a sample request, and, for a route that changes
    /// something, a probe of the state it would change.
    /// </summary>
    public sealed record Route(string Method, string Pattern, string? Handler, int[] Expected, Func<PortalApp, Task<Request>> Prepare, Func<PortalApp, Task<string>>? Probe)
    {
        public string Key => KeyOf(Method, Pattern, Handler);

        public static string KeyOf(string method, string pattern, string? handler) =>
            $"{method.ToUpperInvariant()} {pattern}{(string.IsNullOrEmpty(handler) ? "" : "?handler=" + handler.ToLowerInvariant())}";

        public static Route Get(string pattern, int[] expected, string? sample = null, Func<PortalApp, Task<Request>>? prepare = null) =>
            new("GET", pattern, null, expected, prepare ?? (_ => Task.FromResult(new Request(sample ?? pattern, []))), null);

        /// <summary>A POST of an account or user form: <see cref="AccountState"/> tells whether it changed anything.</summary>
        public static Route Post(string pattern, string? handler, int[] expected, Func<PortalApp, Task<Request>> prepare) =>
            new("POST", pattern, handler, expected, prepare, AccountState.SnapshotAsync);

        /// <summary>A POST of a content or media form: <see cref="ContentState"/> tells whether it changed anything.</summary>
        public static Route Content(string pattern, string? handler, int[] expected, Func<PortalApp, Task<Request>> prepare) =>
            new("POST", pattern, handler, expected, prepare, ContentState.SnapshotAsync);

        /// <summary>A POST that changes nothing even when allowed (a preview, a form sent back with its error): only the status is checked.</summary>
        public static Route Unprobed(string pattern, string? handler, int[] expected, Func<PortalApp, Task<Request>> prepare) =>
            new("POST", pattern, handler, expected, prepare, null);

        public override string ToString() => Key;
    }

    /// <summary>One site for the whole sweep, and a session for each role, signed in once.</summary>
    public sealed class Site : IAsyncLifetime
    {
        public PortalApp App { get; private set; } = null!;

        public Dictionary<string, AdminSession> Sessions { get; } = new(StringComparer.Ordinal);

        public async ValueTask InitializeAsync()
        {
            App = await PortalApp.CreateAsync(new SqliteFiles());
            Sessions[AnonymousBrowser] = AdminSession.Anonymous(App);
            Sessions[AnonymousScript] = AdminSession.Anonymous(App);
            foreach (var role in Roles.Skip(2))
            {
                Sessions[role] = await AdminSession.SignInAsNewAsync(App, role);
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var session in Sessions.Values)
            {
                session.Dispose();
            }

            await App.DisposeAsync();
        }
    }
}
