namespace Portal.Digests.Composition;

/// <summary>
/// An item with all its published cultures: it went live when its first culture did, and it
/// belongs to every cluster any of its cultures names.
/// </summary>
public sealed record LiveItem(string ContentId, DateTime LiveSinceUtc, IReadOnlySet<string> Clusters, IReadOnlyList<DigestItem> Cultures)
{
    /// <summary>The member's culture where a translation exists, else the default culture, else any.</summary>
    public DigestItem In(string culture, string defaultCulture) =>
        Cultures.FirstOrDefault(c => c.Culture == culture) ?? Cultures.FirstOrDefault(c => c.Culture == defaultCulture) ?? Cultures[0];
}
