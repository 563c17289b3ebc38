namespace Portal.Search.Indexing;

/// <summary>The names of the index's fields. Text fields carry their culture, so each is analysed in its language.</summary>
public static class SearchFields
{
    public const string Key = "key";
    public const string Id = "id";
    public const string Type = "type";
    public const string Culture = "culture";
    public const string Slug = "slug";
    public const string Title = "s_title";
    public const string Summary = "s_summary";
    public const string Body = "s_body";
    public const string Published = "published";
    public const string PublishedValue = "published_dv";
    public const string Starts = "starts";
    public const string Year = "year";

    /// <summary>Title and summary, lower-cased but not stemmed, for prefixes typed as you go.</summary>
    public const string Words = "words";

    /// <summary>Keyword fields that filter (<c>cluster:disaster-risk-reduction</c>); some also count as facets.</summary>
    public static readonly IReadOnlyList<string> Keywords = ["type", "cluster", "country", "region", "city", "organization", "hazard", "sdg", "tag", "year", "culture"];

    /// <summary>The keyword fields counted as facets, from their postings (see <c>SegmentTables</c>).</summary>
    public static readonly IReadOnlyList<string> Facets = ["type", "cluster", "country", "hazard", "year"];

    public static string TitleIn(string culture) => "title_" + culture;

    public static string SummaryIn(string culture) => "summary_" + culture;

    public static string BodyIn(string culture) => "body_" + culture;
}
