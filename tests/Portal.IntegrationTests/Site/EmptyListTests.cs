using System.Text.RegularExpressions;

namespace Portal.IntegrationTests.Site;

/// <summary>
/// Lists with nothing in them, as the sample content has many (six of its seven clusters have no
/// case study, no event is upcoming): each says so in the page's words, never an engine's value.
/// </summary>
public sealed partial class EmptyListTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static readonly Dictionary<string, (string Items, string Upcoming, string CaseStudies, string Events)> Words = new(StringComparer.Ordinal)
    {
        ["en"] = ("Nothing here yet.", "No upcoming events are announced.", "No case studies in this cluster yet.", "No events in this cluster yet."),
        ["zh"] = ("暂无内容。", "暂无即将举行的活动。", "本专题暂无案例。", "本专题暂无活动。"),
        ["ar"] = ("لا يوجد محتوى بعد.", "لا توجد فعاليات قادمة معلنة.", "لا توجد دراسات حالة في هذه المجموعة بعد.", "لا توجد فعاليات في هذه المجموعة بعد."),
    };

    public static TheoryData<string> Cultures() => ["en", "zh", "ar"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task Home_and_events_say_that_no_event_is_upcoming(string culture)
    {
        foreach (var path in new[] { "/", "/events" })
        {
            var page = await GetAsync(culture, path);

            Assert.Contains($"<p class=\"empty\">{Words[culture].Upcoming}</p>", page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task A_year_without_case_studies_says_there_is_nothing(string culture)
    {
        var page = await GetAsync(culture, "/case-studies?year=2000");

        Assert.Contains($"<p class=\"empty\">{Words[culture].Items}</p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"card ", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task Every_cluster_space_says_what_it_has_none_of(string culture)
    {
        var clusters = await site.App.ListIdsAsync("type=Cluster&size=100");
        Assert.Equal(7, clusters.Count);
        var empty = 0;
        foreach (var id in clusters)
        {
            var page = await GetAsync(culture, $"/clusters/{id}");
            var caseStudies = Section(page, "h-cs");
            var events = Section(page, "h-ev");

            Assert.True(caseStudies.Contains("class=\"card ", StringComparison.Ordinal) || caseStudies.Contains($"<p class=\"empty\">{Words[culture].CaseStudies}</p>", StringComparison.Ordinal), $"{id}: {caseStudies}");
            Assert.True(events.Contains("class=\"card ", StringComparison.Ordinal) || events.Contains($"<p class=\"empty\">{Words[culture].Events}</p>", StringComparison.Ordinal), $"{id}: {events}");
            empty += caseStudies.Contains("class=\"empty\"", StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.Equal(6, empty);
    }

    private async Task<string> GetAsync(string culture, string path)
    {
        var page = await SitePage.GetAsync(site.App, (culture == "en" ? "" : "/" + culture) + path);

        Assert.Equal(200, page.Status);
        Assert.DoesNotContain("DotLiquid", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Symbol", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Liquid error", page.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<p class=\"empty\"></p>", page.Text, StringComparison.Ordinal);
        return page.Text;
    }

    private static string Section(string html, string heading) =>
        Regex.Match(html, $"<section class=\"section\" aria-labelledby=\"{heading}\">.*?</section>", RegexOptions.Singleline).Value is { Length: > 0 } section
            ? section
            : throw new Xunit.Sdk.XunitException($"no section {heading}");
}
