using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Content.Users;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Admin;

/// <summary>Signing out ends the session on the server, not only in the browser that signed out.</summary>
public abstract class SessionRevocationTests(IDatabaseSource database)
{
    private const string Email = "contributor@example.org";

    [Fact]
    public async Task A_copied_session_cookie_stops_working_once_its_session_signs_out()
    {
        await using var app = await PortalApp.CreateAsync(database);
        await AdminSession.CreateUserAsync(app, Email, PortalRoles.Contributor);
        using var session = AdminSession.Anonymous(app);
        string cookie;
        using (var signedIn = await session.SignInAsync(Email, AdminSession.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            cookie = signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("portal.auth=", StringComparison.Ordinal));
        }

        Assert.Equal(HttpStatusCode.OK, await WithCookieAsync(app, cookie));

        using (var signedOut = await session.PostFormAsync("/admin", [], "/account/logout"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await WithCookieAsync(app, cookie));
        using var again = await session.SignInAsync(Email, AdminSession.Password);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    /// <summary>The status of <c>/admin</c> for a client that has nothing but this cookie, as a thief who copied it.</summary>
    private static async Task<HttpStatusCode> WithCookieAsync(PortalApp app, string cookie)
    {
        using var thief = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/admin", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var response = await thief.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}

public sealed class SessionRevocationTestsOnSqlite() : SessionRevocationTests(SqliteFiles.Instance);

public sealed class SessionRevocationTestsOnPostgreSql(PostgresServer server) : SessionRevocationTests(server);
