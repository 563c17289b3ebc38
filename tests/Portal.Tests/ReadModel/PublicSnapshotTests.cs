using Portal.Content.ReadModel;
using Portal.Content.Types;

namespace Portal.Tests.ReadModel;

public sealed class PublicSnapshotTests
{
    private static readonly DateTime Now = new(2026, 12, 4, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Shown_EachItemInTheCultureAskedFor_ElseTheDefault_ElseTheFirstOther_NewestFirst()
    {
        var snapshot = Snapshot(
            Entry("ningbo-sponge", "en", Now.AddDays(-3)), Entry("ningbo-sponge", "zh", Now.AddDays(-3)),
            Entry("tripoli-drr", "en", Now.AddDays(-1)),
            Entry("lagos-market", "fr", Now.AddDays(-2)), Entry("lagos-market", "ar", Now.AddDays(-2)));

        var shown = snapshot.Shown("CaseStudy", "zh").Select(e => (e.ContentId, e.Culture)).ToList();

        Assert.Equal([("tripoli-drr", "en"), ("lagos-market", "ar"), ("ningbo-sponge", "zh")], shown);
    }

    [Fact]
    public void Snapshot_ScheduledItem_IsNotPublicUntilItsMoment_AndEndsTheSnapshotsValidity()
    {
        var snapshot = Snapshot(Entry("tripoli-drr", "en", Now.AddDays(-1)), Entry("ningbo-sponge", "en", Now.AddHours(2)), Entry("ningbo-sponge", "zh", Now.AddDays(-1)));

        Assert.Equal(Now.AddHours(2), snapshot.ValidUntilUtc);
        Assert.Null(snapshot.FindBySlug("CaseStudy", "ningbo-sponge-en", "en"));
        // The Chinese translation is public already, so the English page falls back to it.
        Assert.Equal("zh", snapshot.Item("ningbo-sponge", "en")?.Culture);
        var later = new PublicSnapshot(snapshot.All, "en", Now.AddHours(3));
        Assert.Equal("en", later.Item("ningbo-sponge", "en")?.Culture);
    }

    [Fact]
    public void FindBySlug_ASlugOfAnotherCulture_FindsTheItemAndShowsItInTheCultureAskedFor()
    {
        var snapshot = Snapshot(Entry("ningbo-sponge", "en", Now.AddDays(-1)), Entry("ningbo-sponge", "zh", Now.AddDays(-1)));

        var (shown, cultures) = snapshot.FindBySlug("CaseStudy", "ningbo-sponge-zh", "en")!.Value;

        Assert.Equal("en", shown.Culture);
        Assert.Equal(["en", "zh"], cultures.Select(c => c.Culture));
        Assert.Null(snapshot.FindBySlug("News", "ningbo-sponge-zh", "en"));
    }

    [Fact]
    public void TermValues_OfPublicItemsOfTheType_InAnyCulture()
    {
        var snapshot = Snapshot(
            Entry("ningbo-sponge", "zh", Now.AddDays(-1), ("country", "CN")),
            Entry("tripoli-drr", "en", Now.AddDays(-1), ("country", "LB"), ("hazard", "flood")),
            Entry("later", "en", Now.AddDays(1), ("country", "NG")));

        Assert.Equal(["CN", "LB"], snapshot.TermValues("CaseStudy", "country").Order(StringComparer.Ordinal));
    }

    private static PublicSnapshot Snapshot(params PublicEntry[] entries) =>
        new(entries.GroupBy(e => e.ContentId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Culture, StringComparer.Ordinal).ToArray()), "en", Now);

    private static PublicEntry Entry(string id, string culture, DateTime published, params (string Kind, string Value)[] terms) => new()
    {
        ContentId = id,
        Type = "CaseStudy",
        Culture = culture,
        Slug = $"{id}-{culture}",
        PublishedUtc = published,
        Version = 1,
        Title = id,
        Fields = ContentFields.Empty,
        Terms = terms.Select(t => PublicEntry.TermKey(t.Kind, t.Value)).ToHashSet(StringComparer.Ordinal),
    };
}
