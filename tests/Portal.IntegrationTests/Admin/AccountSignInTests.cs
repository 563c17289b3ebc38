using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Admin.Accounts;
using Portal.Admin.Audit;
using Portal.Content.Users;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Admin;

public sealed class AccountSignInTests
{
    private const string Email = "editor@example.org";

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes_with_the_same_message_and_a_new_password_lifts_it()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());
        await AdminSession.CreateUserAsync(app, Email, PortalRoles.Editor);
        using var session = AdminSession.Anonymous(app);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await AssertRefusedAsync(session, Email, $"Wrong-password-{attempt}0000");
        }

        var lockedUntil = await app.QueryAsync(db => db.Users.Where(u => u.Email == Email).Select(u => u.LockoutEnd).SingleAsync());
        Assert.NotNull(lockedUntil);
        Assert.InRange(lockedUntil.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        await AssertRefusedAsync(session, Email, AdminSession.Password);

        var actions = await ActionsAsync(app, Email);
        Assert.Equal([.. Enumerable.Repeat(AuditActions.LoginFailed, 4), AuditActions.LockedOut, AuditActions.LockedOut], actions);

        using (var forgot = await session.PostFormAsync("/account/forgot-password", [new("Email", Email)]))
        {
            Assert.Equal(HttpStatusCode.OK, forgot.StatusCode);
        }

        var (_, link) = await AccountMailbox.SingleLinkAsync(app, Email);
        const string NewPassword = "Another-long-password-7";
        using (var reset = await session.PostFormAsync(link, [new("Password", NewPassword), new("Confirm", NewPassword)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        }

        using var signedIn = await session.SignInAsync(Email, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/admin", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_disabled_account_gets_the_message_of_a_wrong_password_and_its_open_session_ends_at_the_next_request()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());
        using var session = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor, Email);
        Assert.Contains(Email, await session.GetPageAsync("/admin"), StringComparison.Ordinal);

        using (var scope = app.Services.CreateScope())
        {
            // Disabled behind the admin's back, as another process would: only the database knows.
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByEmailAsync(Email))!;
            user.DisabledUtc = DateTime.UtcNow;
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        }

        using (var next = await session.Client.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, next.StatusCode);
        }

        using var fresh = AdminSession.Anonymous(app);
        await AssertRefusedAsync(fresh, Email, AdminSession.Password);
        var refusal = await app.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Target == Email && e.Action == AuditActions.LoginFailed).SingleAsync());
        Assert.Equal("account disabled", refusal.Detail);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_is_recorded()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());
        using var session = await AdminSession.SignInAsNewAsync(app, PortalRoles.Contributor, Email);

        using (var signedOut = await session.PostFormAsync("/admin", [], "/account/logout"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        }

        using var after = await session.Client.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal([AuditActions.Login, AuditActions.Logout], await ActionsAsync(app, Email));
    }

    [Fact]
    public async Task Lock_out_and_rate_limit_follow_the_Portal_Accounts_settings_and_a_setting_out_of_range_stops_start_up()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), settings: new Dictionary<string, string?>
        {
            ["Portal:Accounts:LockoutAttempts"] = "2",
            ["Portal:Accounts:LockoutMinutes"] = "1",
            ["Portal:Accounts:PostsPerWindow"] = "3",
        });
        await AdminSession.CreateUserAsync(app, Email, PortalRoles.Editor);
        using var session = AdminSession.Anonymous(app);

        await AssertRefusedAsync(session, Email, "Wrong-password-10000");
        await AssertRefusedAsync(session, Email, "Wrong-password-20000");
        var lockedUntil = await app.QueryAsync(db => db.Users.Where(u => u.Email == Email).Select(u => u.LockoutEnd).SingleAsync());
        Assert.InRange(lockedUntil!.Value - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1));
        await AssertRefusedAsync(session, Email, AdminSession.Password);
        using (var fourth = await session.SignInAsync(Email, AdminSession.Password))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        }

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => PortalApp.CreateAsync(new SqliteFiles(), settings: new Dictionary<string, string?> { ["Portal:Accounts:LockoutAttempts"] = "0" }));
        Assert.Contains("LockoutAttempts", refused.ToString(), StringComparison.Ordinal);
    }

    private static async Task AssertRefusedAsync(AdminSession session, string email, string password)
    {
        using var response = await session.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("portal.auth=", StringComparison.Ordinal)));
        Assert.Contains(WebUtility.HtmlEncode(LoginModel.Failed), await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    internal static Task<List<string>> ActionsAsync(PortalApp app, string target) =>
        app.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Target == target).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
}
