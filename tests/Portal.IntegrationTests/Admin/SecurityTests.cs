using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Admin.Security;
using Portal.Content.Users;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Admin;

/// <summary>Rate limits, antiforgery, cookie attributes and the Content Security Policy of the account and user pages.</summary>
public sealed class SecurityTests
{
    private const string Admin = "admin@example.org";
    private const string Editor = "editor@example.org";

    [Fact]
    public async Task The_eleventh_reset_request_in_a_minute_gets_429_with_a_page_that_says_so_and_sends_nothing()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());
        await AdminSession.CreateUserAsync(app, Editor, PortalRoles.Editor);
        using var session = AdminSession.Anonymous(app);

        for (var attempt = 1; attempt <= 10; attempt++)
        {
            using var allowed = await session.PostFormAsync("/account/forgot-password", [new("Email", Editor)]);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using (var refused = await session.PostFormAsync("/account/forgot-password", [new("Email", Editor)]))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Contains("Too many attempts", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
            Assert.Equal(AdminSecurityHeaders.Policy, refused.Headers.GetValues("Content-Security-Policy").Single());
        }

        Assert.Equal(10, (await AccountMailbox.WaitForAsync(app, Editor, 10)).Count);
        // Each form counts on its own, and only POSTs count: the sign-in form still answers.
        using var signIn = await session.SignInAsync(Editor, AdminSession.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_to_any_account_or_user_form_is_refused_with_400_and_changes_nothing()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());
        using var admin = await AdminSession.SignInAsNewAsync(app, PortalRoles.Administrator, Admin);
        var editor = await AdminSession.CreateUserAsync(app, Editor, PortalRoles.Editor);
        var twoFactor = await AdminSession.CreateUserAsync(app, "two-factor@example.org", PortalRoles.Editor);
        string resetToken;
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByIdAsync(twoFactor.Id))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            resetToken = Uri.EscapeDataString(await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(editor.Id))!));
        }

        using var secondStep = AdminSession.Anonymous(app);
        using (var password = await secondStep.SignInAsync(twoFactor.Email!, AdminSession.Password))
        {
            Assert.StartsWith("/account/login-2fa", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using var anonymous = AdminSession.Anonymous(app);
        var editorPage = $"/admin/users/{editor.Id}";
        var forms = new (AdminSession Session, string Path, KeyValuePair<string, string>[] Fields)[]
        {
            (anonymous, "/account/login", [new("Email", Admin), new("Password", AdminSession.Password)]),
            (anonymous, "/account/forgot-password", [new("Email", Admin)]),
            (anonymous, $"/account/reset-password?user={editor.Id}&token={resetToken}", [new("Password", "Whatever-password-1"), new("Confirm", "Whatever-password-1")]),
            (secondStep, "/account/login-2fa", [new("Code", "123456")]),
            (secondStep, "/account/login-2fa?handler=Recovery", [new("Code", "abcde-fghij")]),
            (admin, "/account/logout", []),
            (admin, "/account/two-factor?handler=Enable", [new("Code", "123456")]),
            (admin, "/account/two-factor?handler=Disable", []),
            (admin, "/account/two-factor?handler=RecoveryCodes", []),
            (admin, "/admin/users/invite", [new("Email", "someone@example.org"), new("Role", PortalRoles.Editor)]),
            (admin, editorPage + "?handler=Role", [new("Role", PortalRoles.Member)]),
            (admin, editorPage + "?handler=Disable", []),
            (admin, editorPage + "?handler=Enable", []),
        };

        // Pages visited first, so that their own writes (a new authenticator key) are not counted.
        await admin.GetPageAsync("/account/two-factor");
        await anonymous.GetPageAsync("/account/login");
        foreach (var (session, path, fields) in forms)
        {
            var before = await AccountState.SnapshotAsync(app);
            using var form = new FormUrlEncodedContent(fields);
            using var response = await session.Client.PostAsync(new Uri(path, UriKind.Relative), form, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {path} without a token answered {(int)response.StatusCode}");
            Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("portal.auth=", StringComparison.Ordinal)));
            Assert.Equal(before, await AccountState.SnapshotAsync(app));
        }

        Assert.Contains(Admin, await admin.GetPageAsync("/admin/users"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost", false)]
    [InlineData("https://localhost", true)]
    public async Task The_sign_in_cookies_are_http_only_and_same_site_and_secure_over_https(string baseAddress, bool secure)
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());
        await AdminSession.CreateUserAsync(app, Admin, PortalRoles.Administrator);
        var twoFactor = await AdminSession.CreateUserAsync(app, "two-factor@example.org", PortalRoles.Editor);
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByIdAsync(twoFactor.Id))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        var cookies = new List<string>();
        foreach (var email in new[] { Admin, twoFactor.Email! })
        {
            using var session = new AdminSession(app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false }));
            using (var page = await session.Client.GetAsync(new Uri("/account/login", UriKind.Relative), TestContext.Current.CancellationToken))
            {
                cookies.AddRange(page.Headers.GetValues("Set-Cookie"));
            }

            using var signedIn = await session.SignInAsync(email, AdminSession.Password);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            cookies.AddRange(signedIn.Headers.GetValues("Set-Cookie"));
        }

        foreach (var name in new[] { "portal.auth=", ".AspNetCore.Antiforgery.", "Identity.TwoFactorUserId=" })
        {
            var cookie = cookies.First(c => c.StartsWith(name, StringComparison.Ordinal)).ToLowerInvariant();
            Assert.Contains("; httponly", cookie, StringComparison.Ordinal);
            Assert.Matches("; samesite=(lax|strict)", cookie);
            Assert.Equal(secure, cookie.Contains("; secure", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Every_account_and_user_page_carries_the_content_security_policy_and_no_inline_script_or_style()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());
        using var admin = await AdminSession.SignInAsNewAsync(app, PortalRoles.Administrator, Admin);
        var editor = await AdminSession.CreateUserAsync(app, Editor, PortalRoles.Editor);
        using var anonymous = AdminSession.Anonymous(app);

        var pages = new (AdminSession Session, string Path, HttpStatusCode Status)[]
        {
            (anonymous, "/account/login", HttpStatusCode.OK),
            (anonymous, "/account/forgot-password", HttpStatusCode.OK),
            (anonymous, $"/account/reset-password?user={editor.Id}&token=x", HttpStatusCode.BadRequest),
            (admin, "/account/two-factor", HttpStatusCode.OK),
            (admin, "/account/access-denied", HttpStatusCode.Forbidden),
            (admin, "/admin", HttpStatusCode.OK),
            (admin, "/admin/users", HttpStatusCode.OK),
            (admin, "/admin/users/invite", HttpStatusCode.OK),
            (admin, $"/admin/users/{editor.Id}", HttpStatusCode.OK),
            (admin, "/admin/audit", HttpStatusCode.OK),
        };
        foreach (var (session, path, status) in pages)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            request.Headers.Accept.ParseAdd("text/html");
            using var response = await session.Client.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == status, $"GET {path} answered {(int)response.StatusCode}");
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Equal(AdminSecurityHeaders.Policy, policy);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)|\\sstyle=\"|\\son[a-z]+=", body);
        }
    }
}
