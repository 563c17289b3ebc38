using System.Net;
using Portal.Admin.Accounts;
using Portal.Content.Users;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Admin;

public sealed class SignInTests
{
    [Fact]
    public async Task A_browser_is_sent_to_the_login_page_and_a_script_gets_401_then_the_right_password_opens_the_dashboard()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());
        await AdminSession.CreateUserAsync(app, "editor@example.org", PortalRoles.Editor);
        using var session = AdminSession.Anonymous(app);

        using (var browser = new HttpRequestMessage(HttpMethod.Get, new Uri("/admin", UriKind.Relative)))
        {
            browser.Headers.Accept.ParseAdd("text/html");
            using var redirected = await session.Client.SendAsync(browser, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
            Assert.StartsWith("/account/login", redirected.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        using (var script = await session.Client.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, script.StatusCode);
        }

        using (var signedIn = await session.SignInAsync("editor@example.org", AdminSession.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.Equal("/admin", signedIn.Headers.Location!.OriginalString);
        }

        Assert.Contains("editor@example.org", await session.GetPageAsync("/admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_address_get_the_same_message_and_no_cookie()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles());
        await AdminSession.CreateUserAsync(app, "editor@example.org", PortalRoles.Editor);
        using var session = AdminSession.Anonymous(app);

        var answers = new List<string>();
        foreach (var email in new[] { "editor@example.org", "nobody@example.org" })
        {
            using var response = await session.SignInAsync(email, "Wrong-password-123");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("portal.auth=", StringComparison.Ordinal)));
            answers.Add(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        Assert.All(answers, page => Assert.Contains(WebUtility.HtmlEncode(LoginModel.Failed), page, StringComparison.Ordinal));
        using var script = await session.Client.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, script.StatusCode);
    }
}
