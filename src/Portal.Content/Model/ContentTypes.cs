namespace Portal.Content.Model;

/// <summary>The content types of the contract and the URL segment each is served under.</summary>
public static class ContentTypes
{
    public const string Cluster = "Cluster";
    public const string CaseStudy = "CaseStudy";
    public const string Event = "Event";
    public const string City = "City";
    public const string Organization = "Organization";
    public const string News = "News";
    public const string Page = "Page";

    private static readonly Dictionary<string, string> Segments = new(StringComparer.Ordinal)
    {
        [Cluster] = "clusters",
        [CaseStudy] = "case-studies",
        [Event] = "events",
        [City] = "cities",
        [Organization] = "organizations",
        [News] = "news",
        [Page] = "pages",
    };

    public static IReadOnlyCollection<string> All => Segments.Keys;

    public static bool IsKnown(string type) => Segments.ContainsKey(type);

    public static string UrlSegment(string type) => Segments[type];
}
