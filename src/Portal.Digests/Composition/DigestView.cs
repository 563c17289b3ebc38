namespace Portal.Digests.Composition;

/// <summary>Everything a digest template needs, with links already absolute.</summary>
public sealed record DigestView(
    string SiteName,
    string Culture,
    string Subject,
    int ItemCount,
    IReadOnlyList<DigestSection> Sections,
    string PreferencesUrl,
    string UnsubscribeUrl,
    string SiteUrl);
