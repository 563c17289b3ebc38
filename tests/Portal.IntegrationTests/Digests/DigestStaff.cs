using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Users;
using Portal.Digests.Members;
using Portal.Digests.Reporting;
using Portal.Digests.Subscriptions;
using Portal.IntegrationTests.Admin;

namespace Portal.IntegrationTests.Digests;

/// <summary>Signed-in people of a <see cref="DigestsSite"/>, and what the digest admin tests read from it.</summary>
public static class DigestStaff
{
    /// <summary>A user created through Identity's manager and signed in through the login page.</summary>
    public static async Task<AdminSession> SignInAsync(DigestsSite site, string email, string role, bool emailConfirmed = true)
    {
        using (var scope = site.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = emailConfirmed };
            Assert.True((await users.CreateAsync(user, AdminSession.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        var session = new AdminSession(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        using var response = await session.SignInAsync(email, AdminSession.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    /// <summary>One pass as the site's scheduler runs it (recorded), at a morning after now.</summary>
    public static Task RunPassAsync(DigestsSite site, int days = 1) =>
        site.Services.GetRequiredService<RecordedDigestPass>().RunAsync(DateTime.UtcNow.Date.AddDays(days).AddHours(8), TestContext.Current.CancellationToken);

    public static Task<Subscription> SubscriptionAsync(DigestsSite site, string email)
    {
        var key = EmailAddresses.Key(email);
        return site.QueryAsync(db => db.Set<Subscription>().AsNoTracking().SingleAsync(s => s.EmailKey == key));
    }
}
