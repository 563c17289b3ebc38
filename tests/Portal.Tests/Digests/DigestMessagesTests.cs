using System.Text.RegularExpressions;
using Portal.Content.Model;
using Portal.Tests.Support;

namespace Portal.Tests.Digests;

/// <summary>Digest and confirmation mails from the Galaxy theme's mail templates, in the member's culture.</summary>
public sealed partial class DigestMessagesTests(SeedsFixture seeds)
{
    private const string Drr = "disaster-risk-reduction";
    private const string Agriculture = "sustainable-agriculture";

    [Fact]
    public void Build_Arabic_IsRightToLeftInArabicWithAnUntranslatedItemMarkedInItsOwnLanguage()
    {
        var message = new DigestMail(seeds).Digest(
            "ar",
            DigestMail.Item("flood-drill", ContentTypes.News, Drr, ("en", "Flood drill"), ("ar", "تمرين الفيضان")),
            DigestMail.Item("seed-bank", ContentTypes.CaseStudy, Agriculture, ("en", "Seed bank")));

        Assert.Equal("بوابة مدن الجنوب: جديد في مجموعاتك (2)", message.Subject);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("text-align:right;", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(">تمرين الفيضان</a>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("https://portal.example/ar/news/flood-drill", message.TextBody, StringComparison.Ordinal);
        // No Arabic translation: the English title, marked as English inside the right-to-left mail.
        Assert.Matches("<td[^>]* lang=\"en\" dir=\"ltr\"><a href=\"https://portal.example/case-studies/seed-bank\"[^>]*>Seed bank</a> <span[^>]*>\\(الإنجليزية\\)</span>", message.HtmlBody);
        Assert.Contains("دراسات الحالة", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("إلغاء الاشتراك: https://portal.example/unsubscribe?token=", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TextFromContent_IsEncodedInTheHtmlPartOnlyAndNoScriptGetsThrough()
    {
        var message = new DigestMail(seeds).Digest("en", DigestMail.Item("roads", ContentTypes.News, Drr, ("en", "Roads & rails <script>alert(1)</script>")));

        Assert.Contains("Roads &amp; rails &lt;script&gt;alert(1)&lt;/script&gt;", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("- Roads & rails <script>alert(1)</script>\n  https://portal.example/news/roads\n", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Chinese_LinksEveryPageAbsolutelyInTheMembersCulture()
    {
        var message = new DigestMail(seeds).Digest("zh", DigestMail.Item("flood-drill", ContentTypes.News, Drr, ("en", "Flood drill"), ("zh", "防汛演练")));

        Assert.Equal("南南城市门户：您关注的专题有 1 条新内容", message.Subject);
        Assert.Contains("<a href=\"https://portal.example/zh\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://portal.example/zh/news/flood-drill\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.All(Href().Matches(message.HtmlBody!), link => Assert.StartsWith("https://portal.example/", link.Groups[1].Value, StringComparison.Ordinal));
        Assert.Contains("减少灾害风险\n====", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_English_CountsItemsInTheSubjectAndListsAnItemOfTwoClustersOnceUnderTheFirst()
    {
        var mail = new DigestMail(seeds);
        var both = DigestMail.Item("seed-bank", ContentTypes.News, Drr, ("en", "Seed bank")) with { Clusters = new HashSet<string>([Drr, Agriculture], StringComparer.Ordinal) };

        var one = mail.Digest("en", both);
        var two = mail.Digest("en", both, DigestMail.Item("bus-lanes", ContentTypes.Event, Agriculture, ("en", "Bus lanes")));

        Assert.Equal("South-South Cities Portal: 1 new item in your clusters", one.Subject);
        Assert.Equal("South-South Cities Portal: 2 new items in your clusters", two.Subject);
        Assert.Single(Regex.Matches(two.TextBody!, "news/seed-bank"));
        Assert.True(two.TextBody!.IndexOf("Disaster risk reduction", StringComparison.Ordinal) < two.TextBody.IndexOf("seed-bank", StringComparison.Ordinal));
        Assert.Contains("Sustainable agriculture\n========================================\n\nEvents\n- Bus lanes", two.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Confirmation_Chinese_HasItsSubjectAndTheLinkInBothParts()
    {
        var message = new DigestMail(seeds).Confirmation("zh");

        Assert.Equal("请确认您对南南城市门户的订阅", message.Subject);
        Assert.Contains("https://portal.example/subscribe/confirm?token=abc", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://portal.example/subscribe/confirm?token=abc\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("该链接在 7 天内有效。", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"zh\" dir=\"ltr\">", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TwoMembersOfOneRendering_GetTheSameDigestWithTheirOwnLinks()
    {
        var mail = new DigestMail(seeds);
        var renderings = new Portal.Digests.Composition.DigestRenderings();
        var item = DigestMail.Item("x", ContentTypes.News, "disaster-risk-reduction", ("en", "X"));

        var first = mail.Digest("en", renderings, "one@example.org", item);
        var second = mail.Digest("en", renderings, "two@example.org", item);

        Assert.NotEqual(DigestMail.Links(first), DigestMail.Links(second));
        Assert.Equal(first.HtmlBody!.Replace(DigestMail.Links(first).Unsubscribe, "", StringComparison.Ordinal).Replace(DigestMail.Links(first).Preferences, "", StringComparison.Ordinal), second.HtmlBody!.Replace(DigestMail.Links(second).Unsubscribe, "", StringComparison.Ordinal).Replace(DigestMail.Links(second).Preferences, "", StringComparison.Ordinal));
        Assert.DoesNotContain(renderings.UnsubscribeMarker, second.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(DigestMail.Links(second).Unsubscribe, second.TextBody, StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
