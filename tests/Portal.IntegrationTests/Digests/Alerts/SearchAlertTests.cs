using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Users;
using Portal.Digests.Alerts;

namespace Portal.IntegrationTests.Digests.Alerts;

/// <summary>Search alerts end to end: saved from the search page, matched as items go live, sent once, in the digest or alone, stopped one at a time.</summary>
public sealed class SearchAlertTests(DigestsPostgres postgres) : IClassFixture<DigestsPostgres>
{
    private const string Drr = "disaster-risk-reduction";
    private const string Agriculture = "sustainable-agriculture";

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSQL")]
    public async Task A_search_saved_from_the_search_page_sends_a_new_matching_item_once_and_a_new_item_that_does_not_match_never(string provider)
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = await DigestsSite.StartAsync(smtp, provider, postgres);

        // A visitor who presses the button is asked to log in first, and comes back to the same search.
        var link = await AlertSteps.AlertLinkOnSearchPageAsync(site, $"q=cyclone&cluster={Drr}");
        Assert.Contains("q=cyclone", link, StringComparison.Ordinal);
        Assert.Contains($"cluster={Drr}", link, StringComparison.Ordinal);
        using (var visitor = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }))
        {
            // As a browser asks: a client that does not want a page gets 401 instead.
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(link, UriKind.Relative));
            request.Headers.Accept.ParseAdd("text/html");
            using var asked = await visitor.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
            Assert.StartsWith("/account/login", asked.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        using var member = await DigestStaff.SignInAsync(site, "mia@example.org", PortalRoles.Member);
        await AlertSteps.SaveFromSearchPageAsync(site, member, $"q=cyclone&cluster={Drr}");
        var alert = Assert.Single(await AlertSteps.AlertsAsync(site));
        Assert.Equal(("cyclone", Drr, "en"), (alert.Query, alert.Cluster, alert.Culture));
        Assert.Contains("cyclone cluster:" + Drr, await member.GetPageAsync("/account/alerts"), StringComparison.Ordinal);

        await site.PublishNewsAsync("cyclone-shelters", "Cyclone shelters open in Chittagong", Drr);
        await site.PublishNewsAsync("harvest-fair", "Harvest fair in Nakuru", Drr);
        await site.PublishNewsAsync("cyclone-seeds", "Cyclone-proof seed stores", Agriculture);
        await DigestStaff.RunPassAsync(site);

        var mail = Assert.Single(smtp.MessagesTo("mia@example.org"));
        Assert.Contains("cyclone", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("http://portal.test/news/cyclone-shelters", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("http://portal.test/news/cyclone-shelters", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("harvest-fair", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("cyclone-seeds", mail.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("http://portal.test/alerts/unsubscribe?token=", AlertSteps.UnsubscribeLink(mail), StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        Assert.StartsWith("alert-", mail.MessageId, StringComparison.Ordinal);

        // A second pass, and one after the look-back for late commits has passed over the item again, send nothing.
        await DigestStaff.RunPassAsync(site);
        await DigestStaff.RunPassAsync(site, days: 2);
        Assert.Single(smtp.MessagesTo("mia@example.org"));
        Assert.Equal(1, await site.QueryAsync(db => db.Set<AlertMatch>().CountAsync(TestContext.Current.CancellationToken)));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSQL")]
    public async Task With_an_active_digest_the_alerts_new_items_come_in_a_section_of_the_digest_and_in_no_mail_of_their_own(string provider)
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = await DigestsSite.StartAsync(smtp, provider, postgres);
        await site.AddActiveSubscriptionAsync("ana@example.org", Agriculture);
        using var member = await DigestStaff.SignInAsync(site, "Ana@Example.org", PortalRoles.Member);
        await AlertSteps.SaveFromSearchPageAsync(site, member, "q=cyclone");

        await site.PublishNewsAsync("cyclone-shelters", "Cyclone shelters open in Chittagong", Drr);
        await site.PublishNewsAsync("seed-bank", "A seed bank for Nakuru", Agriculture);
        await DigestStaff.RunPassAsync(site);

        var digest = Assert.Single(smtp.MessagesTo("ana@example.org"));
        Assert.StartsWith("digest-", digest.MessageId, StringComparison.Ordinal);
        Assert.Contains("http://portal.test/news/seed-bank", digest.TextBody, StringComparison.Ordinal);
        var section = digest.TextBody!.IndexOf("Your search alert: cyclone", StringComparison.Ordinal);
        Assert.True(section > 0, digest.TextBody);
        Assert.True(digest.TextBody.IndexOf("http://portal.test/news/cyclone-shelters", StringComparison.Ordinal) > section, digest.TextBody);
        Assert.Contains("Your search alert: <span dir=\"auto\">cyclone</span>", digest.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("http://portal.test/alerts/unsubscribe?token=", digest.TextBody, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(digest.TextBody, "news/cyclone-shelters"));

        await DigestStaff.RunPassAsync(site);
        Assert.Single(smtp.MessagesTo("ana@example.org"));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSQL")]
    public async Task One_click_unsubscribe_ends_only_the_alert_whose_mail_it_came_in(string provider)
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = await DigestsSite.StartAsync(smtp, provider, postgres);
        using var member = await DigestStaff.SignInAsync(site, "mia@example.org", PortalRoles.Member);
        await AlertSteps.SaveFromSearchPageAsync(site, member, "q=cyclone");
        await AlertSteps.SaveFromSearchPageAsync(site, member, "q=drought");
        await site.PublishNewsAsync("cyclone-shelters", "Cyclone shelters open in Chittagong", Drr);
        await DigestStaff.RunPassAsync(site);
        var mail = Assert.Single(smtp.MessagesTo("mia@example.org"));
        var link = AlertSteps.UnsubscribeLink(mail);

        // A link scanner's GET, a POST without the one-click body, and an altered token end nothing.
        using (var client = site.CreateClient())
        {
            var button = await client.GetStringAsync(new Uri(link), TestContext.Current.CancellationToken);
            Assert.Contains("Stop this alert", button, StringComparison.Ordinal);
        }

        using (var bare = await AlertSteps.OneClickAsync(site, link, withBody: false))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        }

        var token = link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..];
        var middle = token.Length / 2;
        using (var forged = await AlertSteps.OneClickAsync(site, link.Replace(token, token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..], StringComparison.Ordinal)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        Assert.All(await AlertSteps.AlertsAsync(site), a => Assert.Null(a.EndedUtc));

        using (var ended = await AlertSteps.OneClickAsync(site, link))
        {
            Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        }

        var alerts = await AlertSteps.AlertsAsync(site);
        Assert.NotNull(alerts.Single(a => a.Query == "cyclone").EndedUtc);
        Assert.Null(alerts.Single(a => a.Query == "drought").EndedUtc);

        // An item both searches find now comes once, for the alert still running.
        await site.PublishNewsAsync("cyclone-drought", "After the cyclone, the drought", Drr);
        await DigestStaff.RunPassAsync(site);
        var mails = smtp.MessagesTo("mia@example.org");
        Assert.Equal(2, mails.Count);
        // The mailbox lists mail in no particular order: the new one is the one with the new item.
        var second = Assert.Single(mails, m => m.TextBody!.Contains("http://portal.test/news/cyclone-drought", StringComparison.Ordinal));
        Assert.Contains("“drought”", second.Subject, StringComparison.Ordinal);
        var page = await member.GetPageAsync("/account/alerts");
        Assert.DoesNotContain(">cyclone</a>", page, StringComparison.Ordinal);
        Assert.Contains(">drought</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_400_saying_what_is_wrong_and_changes_nothing()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp, new Dictionary<string, string> { ["Portal:Digests:AlertsPerAccount"] = "2" });
        using var member = await DigestStaff.SignInAsync(site, "mia@example.org", PortalRoles.Member);
        await AlertSteps.SaveFromSearchPageAsync(site, member, "q=cyclone");

        async Task RefusedAsync(string expected, params KeyValuePair<string, string>[] fields)
        {
            using var refused = await member.PostFormAsync("/account/alerts", fields, "/account/alerts?handler=save");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(expected, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
            Assert.Single(await AlertSteps.AlertsAsync(site));
        }

        await RefusedAsync("needs words to look for or at least one filter", new("q", "  "), new("culture", "en"));
        await RefusedAsync("'no-such-cluster' is not a cluster", new("q", "flood"), new("cluster", "no-such-cluster"));
        await RefusedAsync("'Spaceship' is not a content type", new("q", "flood"), new("type", "Spaceship"));
        await RefusedAsync("'XX' is not a country code", new("q", "flood"), new("country", "xx"));
        await RefusedAsync("'no-such-hazard' is not a hazard", new("q", "flood"), new("hazard", "no-such-hazard"));
        await RefusedAsync("'tlh' is not a language", new("q", "flood"), new("culture", "tlh"));
        await RefusedAsync("at most 200 characters", new KeyValuePair<string, string>("q", new string('a', 201)));

        // Without the form's antiforgery token nothing is saved either.
        using (var form = new FormUrlEncodedContent([new("q", "flood")]))
        using (var forged = await member.Client.PostAsync(new Uri("/account/alerts?handler=save", UriKind.Relative), form, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        Assert.Single(await AlertSteps.AlertsAsync(site));

        // The cap: two alerts, then a third is refused.
        await AlertSteps.SaveFromSearchPageAsync(site, member, $"q=flood&cluster={Drr}");
        using (var third = await member.PostFormAsync("/account/alerts", [new("q", "drought")], "/account/alerts?handler=save"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, third.StatusCode);
            Assert.Contains("at most 2 search alerts", await third.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        Assert.Equal(2, (await AlertSteps.AlertsAsync(site)).Count);

        // Another account cannot remove an alert that is not its own.
        using var other = await DigestStaff.SignInAsync(site, "other@example.org", PortalRoles.Member);
        var mine = (await AlertSteps.AlertsAsync(site))[0];
        using (var removed = await other.PostFormAsync("/account/alerts", [new("alert", mine.Id.ToString())], "/account/alerts?handler=remove"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, removed.StatusCode);
        }

        Assert.All(await AlertSteps.AlertsAsync(site), a => Assert.Null(a.EndedUtc));

        // Its owner can.
        using (var removed = await member.PostFormAsync("/account/alerts", [new("alert", mine.Id.ToString())], "/account/alerts?handler=remove"))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        Assert.NotNull((await AlertSteps.AlertsAsync(site))[0].EndedUtc);
    }

    [Fact]
    public async Task The_digests_send_verb_beside_a_running_site_leaves_the_sites_index_alone_and_the_sites_pass_matches_afterwards()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        using var member = await DigestStaff.SignInAsync(site, "mia@example.org", PortalRoles.Member);
        await AlertSteps.SaveFromSearchPageAsync(site, member, "q=cyclone");
        await site.PublishNewsAsync("cyclone-shelters", "Cyclone shelters open in Chittagong", Drr);

        var (code, output, error) = await site.RunVerbAsync("digests", "send");
        Assert.True(code == 0, output + error);
        Assert.Empty(smtp.MessagesTo("mia@example.org"));
        using (var client = site.CreateClient())
        {
            var found = await client.GetStringAsync(new Uri("/api/search?q=cyclone", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Contains("cyclone-shelters", found, StringComparison.Ordinal);
        }

        await DigestStaff.RunPassAsync(site);
        var mail = Assert.Single(smtp.MessagesTo("mia@example.org"));
        Assert.Contains("http://portal.test/news/cyclone-shelters", mail.TextBody, StringComparison.Ordinal);
    }
}
