using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Accounts;
using Portal.Admin.Audit;
using Portal.Content.Users;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Admin;

public sealed partial class AccountTwoFactorTests
{
    private const string Email = "editor@example.org";
    private const string SetUp = "/account/two-factor";
    private const string SecondStep = "/account/login-2fa";

    [Fact]
    public async Task A_real_code_turns_two_factor_on_then_sign_in_asks_for_the_code_and_turning_it_off_stops_asking()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());
        using var owner = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor, Email);
        var page = await owner.GetPageAsync(SetUp);
        var key = Field(page, "shared-key").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        Assert.Equal(20, AccountTotp.Base32Decode(key).Length);
        Assert.Equal($"otpauth://totp/South-South%20Cities%20Portal:{Uri.EscapeDataString(Email)}?secret={key}&issuer=South-South%20Cities%20Portal&digits=6", Field(page, "authenticator-uri"));

        using (var wrong = await owner.PostFormAsync(SetUp, [new("Code", AccountTotp.WrongCode(key, DateTimeOffset.UtcNow))], SetUp + "?handler=Enable"))
        {
            var body = await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains(WebUtility.HtmlEncode(TwoFactorModel.WrongCode), body, StringComparison.Ordinal);
            Assert.Contains("<strong>off</strong>", body, StringComparison.Ordinal);
        }

        var codes = await EnableAsync(owner, key);
        Assert.Equal(TwoFactorModel.RecoveryCodeCount, codes.Count);
        // Turning it on renewed this session's cookie with the new security stamp: still signed in.
        Assert.Contains("<strong>on</strong>", await owner.GetPageAsync(SetUp), StringComparison.Ordinal);

        using var visitor = AdminSession.Anonymous(app);
        using (var password = await visitor.SignInAsync(Email, AdminSession.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
            Assert.StartsWith(SecondStep, password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        await AssertSignedOutAsync(visitor);
        using (var wrong = await visitor.PostFormAsync(SecondStep, [new("Code", AccountTotp.WrongCode(key, DateTimeOffset.UtcNow))]))
        {
            Assert.Contains(WebUtility.HtmlEncode(LoginTwoFactorModel.Failed), await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        await AssertSignedOutAsync(visitor);
        using (var right = await visitor.PostFormAsync(SecondStep, [new("Code", AccountTotp.Code(key, DateTimeOffset.UtcNow))]))
        {
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
            Assert.Equal("/admin", right.Headers.Location!.OriginalString);
        }

        Assert.Contains(Email, await visitor.GetPageAsync("/admin"), StringComparison.Ordinal);

        using (var off = await owner.PostFormAsync(SetUp, [], SetUp + "?handler=Disable"))
        {
            Assert.Contains("<strong>off</strong>", await off.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        using var later = AdminSession.Anonymous(app);
        using (var direct = await later.SignInAsync(Email, AdminSession.Password))
        {
            Assert.Equal("/admin", direct.Headers.Location!.OriginalString);
        }

        // Turning it off also replaced the key: the old app entry shows nothing the portal would take.
        Assert.NotEqual(key, Field(await owner.GetPageAsync(SetUp), "shared-key").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        var actions = await AccountSignInTests.ActionsAsync(app, Email);
        Assert.Contains(AuditActions.TwoFactorOn, actions);
        Assert.Contains(AuditActions.TwoFactorOff, actions);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_five_wrong_codes_lock_the_account_even_against_the_right_code()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());
        string key;
        IReadOnlyList<string> codes;
        using (var owner = await AdminSession.SignInAsNewAsync(app, PortalRoles.Editor, Email))
        {
            key = Field(await owner.GetPageAsync(SetUp), "shared-key").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            codes = await EnableAsync(owner, key);
        }

        foreach (var expected in new[] { HttpStatusCode.Redirect, HttpStatusCode.OK })
        {
            using var visitor = await PasswordStepAsync(app);
            using var recovery = await visitor.PostFormAsync(SecondStep, [new("Code", codes[0])], SecondStep + "?handler=Recovery");
            Assert.Equal(expected, recovery.StatusCode);
        }

        using var attacker = await PasswordStepAsync(app);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await attacker.PostFormAsync(SecondStep, [new("Code", AccountTotp.WrongCode(key, DateTimeOffset.UtcNow))]);
            Assert.Contains(WebUtility.HtmlEncode(LoginTwoFactorModel.Failed), await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        using (var right = await attacker.PostFormAsync(SecondStep, [new("Code", AccountTotp.Code(key, DateTimeOffset.UtcNow))]))
        {
            Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        }

        using (var unusedRecovery = await attacker.PostFormAsync(SecondStep, [new("Code", codes[1])], SecondStep + "?handler=Recovery"))
        {
            Assert.Equal(HttpStatusCode.OK, unusedRecovery.StatusCode);
        }

        await AssertSignedOutAsync(attacker);
        var lockedUntil = await app.QueryAsync(db => db.Users.Where(u => u.Email == Email).Select(u => u.LockoutEnd).SingleAsync());
        Assert.True(lockedUntil > DateTimeOffset.UtcNow.AddMinutes(14));
        Assert.Contains(AuditActions.LockedOut, await AccountSignInTests.ActionsAsync(app, Email));
    }

    private static async Task<IReadOnlyList<string>> EnableAsync(AdminSession owner, string key)
    {
        using var on = await owner.PostFormAsync(SetUp, [new("Code", AccountTotp.Code(key, DateTimeOffset.UtcNow))], SetUp + "?handler=Enable");
        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        var body = await on.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<strong>on</strong>", body, StringComparison.Ordinal);
        return [.. RecoveryCode().Matches(body).Select(m => m.Groups[1].Value)];
    }

    private static async Task<AdminSession> PasswordStepAsync(PortalApp app)
    {
        var visitor = AdminSession.Anonymous(app);
        using var password = await visitor.SignInAsync(Email, AdminSession.Password);
        Assert.StartsWith(SecondStep, password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return visitor;
    }

    private static async Task AssertSignedOutAsync(AdminSession session)
    {
        using var response = await session.Client.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static string Field(string page, string id)
    {
        var match = Regex.Match(page, $"<code id=\"{id}\">([^<]*)</code>");
        Assert.True(match.Success, $"no {id} on the page");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCode();
}
