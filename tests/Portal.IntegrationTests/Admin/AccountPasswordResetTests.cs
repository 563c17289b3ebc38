using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Accounts;
using Portal.Admin.Audit;
using Portal.Content.Users;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Admin;

public sealed partial class AccountPasswordResetTests
{
    private const string Email = "editor@example.org";
    private const string NewPassword = "A-brand-new-password-42";

    [Fact]
    public async Task Forgot_password_answers_the_same_page_for_any_address_and_mails_only_an_account()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());
        await AdminSession.CreateUserAsync(app, Email, PortalRoles.Editor);
        using var session = AdminSession.Anonymous(app);

        var pages = new List<string>();
        foreach (var address in new[] { Email, "nobody@example.org" })
        {
            using var response = await session.PostFormAsync("/account/forgot-password", [new("Email", address)]);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            pages.Add(TokenValue().Replace(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), ""));
        }

        Assert.Contains(WebUtility.HtmlEncode(ForgotPasswordModel.Answer), pages[0], StringComparison.Ordinal);
        Assert.Equal(pages[0], pages[1]);
        var (mail, link) = await AccountMailbox.SingleLinkAsync(app, Email);
        Assert.Contains(Email, mail.TextBody, StringComparison.Ordinal);
        Assert.Empty(AccountMailbox.To(app, "nobody@example.org"));
        var requests = await app.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Action == AuditActions.ResetRequested).OrderBy(e => e.Id).Select(e => e.Detail).ToListAsync());
        Assert.Equal(["mail queued", "no account"], requests);
        // Written by the sender just after the mail: it may lag the file by a moment.
        var mailed = await app.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Action == AuditActions.ResetMailed).Select(e => e.Target + " " + e.Detail).ToListAsync());
        for (var wait = 0; mailed.Count == 0 && wait < 100; wait++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
            mailed = await app.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Action == AuditActions.ResetMailed).Select(e => e.Target + " " + e.Detail).ToListAsync());
        }

        Assert.Equal([Email + " sent"], mailed);
        Assert.StartsWith("/account/reset-password?user=", link, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://portal.example", "https://portal.example/account/reset-password?user=")]
    [InlineData(null, "http://localhost:5000/account/reset-password?user=")]
    public async Task A_reset_asked_for_with_a_forged_host_mails_a_link_on_the_base_url_never_on_the_host(string? baseUrl, string expected)
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), settings: baseUrl is null ? null : new Dictionary<string, string?> { ["Portal:BaseUrl"] = baseUrl });
        await AdminSession.CreateUserAsync(app, Email, PortalRoles.Editor);
        using var session = new AdminSession(app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example"), AllowAutoRedirect = false }));

        using (var forgot = await session.PostFormAsync("/account/forgot-password", [new("Email", Email)]))
        {
            Assert.Equal(HttpStatusCode.OK, forgot.StatusCode);
        }

        var (mail, _) = await AccountMailbox.SingleLinkAsync(app, Email);
        Assert.Contains(expected, mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mailed_link_sets_a_new_password_once_and_refuses_bad_input_without_changing_anything()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());
        await AdminSession.CreateUserAsync(app, Email, PortalRoles.Editor);
        using var session = AdminSession.Anonymous(app);
        using (var forgot = await session.PostFormAsync("/account/forgot-password", [new("Email", Email)]))
        {
            Assert.Equal(HttpStatusCode.OK, forgot.StatusCode);
        }

        var (_, link) = await AccountMailbox.SingleLinkAsync(app, Email);
        Assert.Contains("Choose a new password", await session.GetPageAsync(link), StringComparison.Ordinal);
        var hashBefore = await PasswordHashAsync(app);

        foreach (var (password, confirm, message) in new[]
        {
            (NewPassword, NewPassword + "x", "The two passwords are not the same."),
            ("short", "short", "Passwords must be at least 12 characters."),
        })
        {
            using var refused = await session.PostFormAsync(link, [new("Password", password), new("Confirm", confirm)]);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(WebUtility.HtmlEncode(message), await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            Assert.Equal(hashBefore, await PasswordHashAsync(app));
        }

        using (var done = await session.PostFormAsync(link, [new("Password", NewPassword), new("Confirm", NewPassword)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
            Assert.Equal("/account/login?done=password", done.Headers.Location!.OriginalString);
        }

        Assert.Contains(WebUtility.HtmlEncode(LoginModel.PasswordSet), await session.GetPageAsync("/account/login?done=password"), StringComparison.Ordinal);
        using (var old = await session.SignInAsync(Email, AdminSession.Password))
        {
            Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        }

        using (var fresh = await session.SignInAsync(Email, NewPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
        }

        // The link is used up: the new password changed the stamp its token was made with.
        using var again = await session.Client.GetAsync(new Uri(link, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(ResetPasswordModel.LinkInvalid), await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains(AuditActions.ResetDone, await AccountSignInTests.ActionsAsync(app, Email));
    }

    [Fact]
    public async Task A_forged_or_truncated_link_is_refused_and_sets_nothing()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());
        var user = await AdminSession.CreateUserAsync(app, Email, PortalRoles.Editor);
        using var session = AdminSession.Anonymous(app);
        var hashBefore = await PasswordHashAsync(app);

        foreach (var link in new[] { $"/account/reset-password?user={user.Id}&token=forged", "/account/reset-password?user=nobody&token=x", "/account/reset-password" })
        {
            using var page = await session.Client.GetAsync(new Uri(link, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
            using var post = await session.PostFormAsync("/account/login", [new("Password", NewPassword), new("Confirm", NewPassword)], link);
            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
            Assert.Contains(WebUtility.HtmlEncode(ResetPasswordModel.LinkInvalid), await post.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        Assert.Equal(hashBefore, await PasswordHashAsync(app));
        Assert.DoesNotContain(AuditActions.ResetDone, await AccountSignInTests.ActionsAsync(app, Email));
    }

    private static Task<string?> PasswordHashAsync(PortalApp app) =>
        app.QueryAsync(db => db.Users.Where(u => u.Email == Email).Select(u => u.PasswordHash).SingleAsync());

    [GeneratedRegex("value=\"CfDJ[^\"]+\"")]
    private static partial Regex TokenValue();
}
