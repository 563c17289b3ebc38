using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Portal.Digests.Subscriptions;
using Portal.IntegrationTests.Digests;
using Portal.Site.Members;

namespace Portal.IntegrationTests.Site.Members;

/// <summary>
/// <c>/subscribe</c> as a person meets it: in the site's layout and the culture of its path, the
/// cluster of the cluster page's link ticked, a refused form given back filled in with each problem
/// beside its field, and every answer in the language of the page the form was sent from.
/// </summary>
public sealed partial class SubscribePageTests
{
    private const string Drr = "disaster-risk-reduction";
    private const string Agriculture = "sustainable-agriculture";
    private static readonly string[] PrefixedCultures = ["zh", "ar"];

    [Theory]
    [InlineData("/subscribe", "en", "ltr")]
    [InlineData("/zh/subscribe", "zh", "ltr")]
    [InlineData("/ar/subscribe", "ar", "rtl")]
    public async Task The_form_is_a_page_of_the_site_in_the_culture_of_its_path_offering_the_languages_mail_is_written_in(string path, string culture, string dir)
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        using var client = site.CreateClient();

        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains($"<html lang=\"{culture}\" dir=\"{dir}\">", page, StringComparison.Ordinal);
        Assert.Contains("class=\"site-header\"", page, StringComparison.Ordinal);
        Assert.Contains("class=\"languages\"", page, StringComparison.Ordinal);
        Assert.Matches("<link rel=\"stylesheet\" href=\"/theme/site\\.css", page);
        Assert.Contains($"<h1>{ThemeWords.Html(culture, "subscribe_heading")}</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"<label for=\"email\">{ThemeWords.Html(culture, "email_label")}</label>", page, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\" action=\"/subscribe\">", page, StringComparison.Ordinal);
        Assert.Contains($"<input type=\"hidden\" name=\"{SubscribePage.PageCultureField}\" value=\"{culture}\">", page, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"weekly\" selected>{ThemeWords.Html(culture, "frequency_weekly")}</option>", page, StringComparison.Ordinal);

        // The cultures whose mail the theme writes, each by its own name, the page's own chosen.
        var languages = LanguageOption().Matches(page).Select(m => (m.Groups[1].Value, m.Groups[2].Success, m.Groups[3].Value)).ToList();
        Assert.Equal(["en", "zh", "ar"], languages.Select(l => l.Item1));
        Assert.Equal(["English", "中文", "العربية"], languages.Select(l => l.Item3));
        Assert.Equal(culture, Assert.Single(languages, l => l.Item2).Item1);

        // The language switch leads to the form in the other cultures.
        foreach (var other in PrefixedCultures.Where(c => c != culture))
        {
            Assert.Contains($"href=\"/{other}/subscribe\"", page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("ar")]
    public async Task The_cluster_pages_subscribe_link_opens_the_form_in_its_culture_with_the_cluster_ticked(string culture)
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        using var client = site.CreateClient();
        var cluster = await client.GetStringAsync(new Uri($"/{culture}/clusters/{Drr}", UriKind.Relative), TestContext.Current.CancellationToken);
        var link = WebUtility.HtmlDecode(SubscribeLink().Match(cluster).Groups[1].Value);
        Assert.Equal($"/{culture}/subscribe?cluster={Drr}", link);

        using var form = await client.GetAsync(new Uri(link, UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await form.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains($"<html lang=\"{culture}\"", page, StringComparison.Ordinal);
        Assert.Equal([Drr], CheckedClusters(page));
    }

    [Fact]
    public async Task A_refused_form_comes_back_filled_in_in_the_culture_of_its_page_with_each_problem_beside_its_field_and_nothing_is_stored_or_sent()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        using var client = site.CreateClient();

        using var answer = await DigestsSite.PostSubscribeAsync(client, [new("email", "not an <address>"), new("frequency", "monthly"), new("culture", "ar"), new(SubscribePage.PageCultureField, "zh")]);
        var page = await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("<html lang=\"zh\" dir=\"ltr\">", page, StringComparison.Ordinal);
        Assert.Contains("class=\"site-header\"", page, StringComparison.Ordinal);
        Assert.Contains($"<h1>{ThemeWords.Html("zh", "subscribe_heading")}</h1>", page, StringComparison.Ordinal);
        Assert.Contains("value=\"not an &lt;address&gt;\"", page, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"email-error\"", page, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"field-error\" id=\"email-error\">{ThemeWords.Html("zh", "error_email_invalid")}</p>", page, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"field-error\" id=\"clusters-error\">{ThemeWords.Html("zh", "error_clusters_none")}</p>", page, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"clusters-error\"", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"monthly\" selected>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ar\" lang=\"ar\" selected>", page, StringComparison.Ordinal);

        // The summary comes first and leads to each field.
        var summary = page.IndexOf("class=\"error-summary\"", StringComparison.Ordinal);
        Assert.True(summary > 0 && summary < page.IndexOf("<form method=\"post\"", StringComparison.Ordinal), "the summary is not above the form");
        Assert.Contains($"<a href=\"#email\">{ThemeWords.Html("zh", "error_email_invalid")}</a>", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"#cluster-0\">{ThemeWords.Html("zh", "error_clusters_none")}</a>", page, StringComparison.Ordinal);

        await AssertNothingStoredOrSentAsync(site, smtp);
    }

    [Fact]
    public async Task An_unknown_cluster_frequency_and_language_are_each_refused_beside_their_field_keeping_the_clusters_ticked()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        using var client = site.CreateClient();

        using var answer = await DigestsSite.PostSubscribeAsync(client, [.. DigestsSite.SubscribeFields("person@example.org", "hourly", "xx", Agriculture, "no-such-cluster"), new(SubscribePage.PageCultureField, "ar")]);
        var page = await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page, StringComparison.Ordinal);
        Assert.Contains("value=\"person@example.org\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("email-error", page, StringComparison.Ordinal);
        Assert.Equal([Agriculture], CheckedClusters(page));
        Assert.Contains($"id=\"clusters-error\">{ThemeWords.Html("ar", "error_clusters_unknown")}</p>", page, StringComparison.Ordinal);
        Assert.Contains($"id=\"frequency-error\">{ThemeWords.Html("ar", "error_frequency_invalid")}</p>", page, StringComparison.Ordinal);
        Assert.Contains("<select id=\"frequency\" name=\"frequency\" aria-invalid=\"true\" aria-describedby=\"frequency-error\">", page, StringComparison.Ordinal);
        Assert.Contains($"id=\"culture-error\">{ThemeWords.Html("ar", "error_culture_invalid")}</p>", page, StringComparison.Ordinal);
        Assert.Contains("<select id=\"culture\" name=\"culture\" aria-invalid=\"true\" aria-describedby=\"culture-error\">", page, StringComparison.Ordinal);
        await AssertNothingStoredOrSentAsync(site, smtp);
    }

    [Theory]
    [InlineData("ar", "ar", "rtl")]
    [InlineData("zh", "zh", "ltr")]
    [InlineData(null, "en", "ltr")]
    [InlineData("xx", "en", "ltr")]
    public async Task The_answer_comes_in_the_culture_of_the_page_the_form_was_on_and_a_partners_form_without_it_in_the_default(string? pageCulture, string culture, string dir)
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var fields = DigestsSite.SubscribeFields("reader@example.org", "weekly", "zh", Drr);
        if (pageCulture is not null)
        {
            fields.Add(new(SubscribePage.PageCultureField, pageCulture));
        }

        using var answer = await DigestsSite.PostSubscribeAsync(client, fields);
        var page = await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains($"<html lang=\"{culture}\" dir=\"{dir}\">", page, StringComparison.Ordinal);
        Assert.Contains($"<h1>{ThemeWords.Html(culture, "check_mail_title")}</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", page, StringComparison.Ordinal);
        Assert.Single(smtp.MessagesTo("reader@example.org"));
        Assert.Equal("zh", await site.QueryAsync(db => db.Set<Subscription>().Select(s => s.Culture).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task When_the_mail_server_is_down_the_answer_is_a_503_page_of_the_site_in_the_page_culture()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        await smtp.StopAsync();
        using var client = site.CreateClient();

        using var answer = await DigestsSite.PostSubscribeAsync(client, [.. DigestsSite.SubscribeFields("reader@example.org", "weekly", "ar", Drr), new(SubscribePage.PageCultureField, "ar")]);
        var page = await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page, StringComparison.Ordinal);
        Assert.Contains("class=\"site-header\"", page, StringComparison.Ordinal);
        Assert.Contains($"<h1>{ThemeWords.Html("ar", "mail_failed_title")}</h1>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_requests_answer_429_with_Retry_After_and_a_page_of_the_site_in_the_page_culture()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp, new Dictionary<string, string> { ["Portal:Digests:SubscribeMailsPerAddress"] = "1" });
        using var client = site.CreateClient();
        List<KeyValuePair<string, string>> fields = [.. DigestsSite.SubscribeFields("twice@example.org", "weekly", "zh", Drr), new(SubscribePage.PageCultureField, "zh")];
        using var first = await DigestsSite.PostSubscribeAsync(client, fields);

        using var second = await DigestsSite.PostSubscribeAsync(client, fields);
        var page = await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.True(int.Parse(second.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("<html lang=\"zh\"", page, StringComparison.Ordinal);
        Assert.Contains($"<h1>{ThemeWords.Html("zh", "too_many_title")}</h1>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_member_pages_are_never_served_from_the_output_cache()
    {
        await using var smtp = await AiosmtpdServer.StartAsync();
        await using var site = DigestsSite.Start(smtp);
        await site.ConfirmedSubscriberAsync(smtp, "cached@example.org", "daily", "en", Drr);
        var preferences = PreferencesLink().Match(await ConfirmedPageAsync(site, smtp, "cached@example.org")).Value;
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

        // The control: a page of the site comes from the cache the second time, with its age.
        await SendTwiceAsync(client, "/clusters", second => Assert.True(second.Headers.Age is not null, "/clusters was not cached: the control does not hold"));
        foreach (var path in new[] { "/subscribe", "/zh/subscribe?cluster=" + Drr, WebUtility.HtmlDecode(preferences) })
        {
            await SendTwiceAsync(client, path, second =>
            {
                Assert.Equal(HttpStatusCode.OK, second.StatusCode);
                Assert.True(second.Headers.Age is null, $"{path} came from the output cache");
            });
        }

        // The preferences page sets the antiforgery cookie: a fresh page, and a fresh token, each time.
        var one = await client.GetStringAsync(new Uri(WebUtility.HtmlDecode(preferences), UriKind.Relative), TestContext.Current.CancellationToken);
        var two = await client.GetStringAsync(new Uri(WebUtility.HtmlDecode(preferences), UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.NotEqual(AntiforgeryField().Match(one).Groups[1].Value, AntiforgeryField().Match(two).Groups[1].Value);
    }

    /// <summary>The page of a subscription's confirmation link (opened a second time: it stays valid once confirmed).</summary>
    internal static async Task<string> ConfirmedPageAsync(DigestsSite site, AiosmtpdServer smtp, string email)
    {
        using var client = site.CreateClient();
        return await client.GetStringAsync(new Uri(DigestsSite.ConfirmLink(smtp.MessagesTo(email)[0].TextBody)), TestContext.Current.CancellationToken);
    }

    internal static List<string> CheckedClusters(string page) =>
        [.. CheckedBox().Matches(page).Select(m => m.Groups[1].Value)];

    private static async Task SendTwiceAsync(HttpClient client, string path, Action<HttpResponseMessage> second)
    {
        using (await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken))
        {
        }

        using var again = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        second(again);
    }

    private static async Task AssertNothingStoredOrSentAsync(DigestsSite site, AiosmtpdServer smtp)
    {
        Assert.Equal(0, await site.QueryAsync(db => db.Set<Subscription>().CountAsync(TestContext.Current.CancellationToken)));
        await Task.Delay(200, TestContext.Current.CancellationToken);
        Assert.Empty(smtp.Messages());
    }

    [GeneratedRegex("<option value=\"([a-z]+)\" lang=\"[a-z]+\"( selected)?>([^<]+)</option>")]
    private static partial Regex LanguageOption();

    [GeneratedRegex("<a class=\"button\" href=\"([^\"]*subscribe[^\"]*)\"")]
    private static partial Regex SubscribeLink();

    [GeneratedRegex("name=\"clusters\" value=\"([^\"]+)\" checked")]
    private static partial Regex CheckedBox();

    [GeneratedRegex("/subscribe/preferences\\?token=[^\"]+")]
    private static partial Regex PreferencesLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
