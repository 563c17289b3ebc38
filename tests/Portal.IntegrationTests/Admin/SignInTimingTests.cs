using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Users;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Admin;

/// <summary>
/// The sign-in form takes as long for an address without an account as for one with it, so its
/// time does not tell which addresses have accounts.
/// </summary>
/// <remarks>
/// Not a measure of milliseconds, which a loaded machine would blur: the password hash is made very
/// costly here (a million PBKDF2 iterations, hundreds of milliseconds, where the rest of a sign-in
/// takes a few), known and unknown attempts alternate so that any load falls on both alike, and
/// only their medians are compared, with a generous factor. An answer that skips the hash takes a
/// few percent of one that makes it; one that makes it lands near 100 %.
/// </remarks>
public sealed class SignInTimingTests
{
    private const int Attempts = 7;

    [Fact]
    public async Task A_sign_in_with_an_unknown_address_takes_as_long_as_one_with_a_known_address_and_a_wrong_password()
    {
        await using var app = await PortalApp.CreateAsync(new SqliteFiles(), settings: new Dictionary<string, string?>
        {
            ["Portal:Accounts:PasswordIterations"] = "1000000",
            ["Portal:Accounts:LockoutAttempts"] = "100",
            ["Portal:Accounts:PostsPerWindow"] = "1000",
        });
        await AdminSession.CreateUserAsync(app, "known@example.org", PortalRoles.Editor);
        await AdminSession.CreateUserAsync(app, "disabled@example.org", PortalRoles.Editor);
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByEmailAsync("disabled@example.org"))!;
            user.DisabledUtc = DateTime.UtcNow;
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        }

        using var session = AdminSession.Anonymous(app);
        await TimeAsync(session, "known@example.org");

        var known = new List<double>();
        var unknown = new List<double>();
        var disabledTimes = new List<double>();
        for (var i = 0; i < Attempts; i++)
        {
            known.Add(await TimeAsync(session, "known@example.org"));
            unknown.Add(await TimeAsync(session, $"nobody-{i}@example.org"));
            disabledTimes.Add(await TimeAsync(session, "disabled@example.org"));
        }

        var ratio = Median(unknown) / Median(known);
        Assert.True(ratio is > 0.5 and < 2, $"median sign-in time: unknown address {Median(unknown):F0} ms, known address {Median(known):F0} ms");
        var disabledRatio = Median(disabledTimes) / Median(known);
        Assert.True(disabledRatio is > 0.5 and < 2, $"median sign-in time: disabled account {Median(disabledTimes):F0} ms, known address {Median(known):F0} ms");
    }

    private static async Task<double> TimeAsync(AdminSession session, string email)
    {
        // The token is fetched outside the measured time: only the POST counts.
        var token = await session.AntiforgeryTokenAsync("/account/login");
        using var form = new FormUrlEncodedContent([new("Email", email), new("Password", "Wrong-password-123"), new("__RequestVerificationToken", token)]);
        var clock = Stopwatch.StartNew();
        using var response = await session.Client.PostAsync(new Uri("/account/login", UriKind.Relative), form, TestContext.Current.CancellationToken);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return elapsed;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
