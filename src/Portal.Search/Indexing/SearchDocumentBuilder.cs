using Lucene.Net.Documents;
using Portal.Content.Markdown;
using Portal.Content.Model;
using Portal.Content.Publishing;
using Portal.Content.Types;

namespace Portal.Search.Indexing;

/// <summary>Turns the public version of an item into the index's document.</summary>
public sealed partial class SearchDocumentBuilder(MarkdownRenderer markdown, ContentTermBuilder termBuilder, ContentTypeCatalog types)
{
    private static readonly Dictionary<string, string> KindToKeyword = new(StringComparer.Ordinal)
    {
        [TermKinds.Cluster] = "cluster",
        [TermKinds.Country] = "country",
        [TermKinds.Region] = "region",
        [TermKinds.City] = "city",
        [TermKinds.Organization] = "organization",
        [TermKinds.Hazard] = "hazard",
        [TermKinds.Sdg] = "sdg",
        [TermKinds.Tag] = "tag",
    };

    public static string KeyOf(string contentId, string culture) => contentId + "|" + culture;

    public Document Build(ContentItem item, ContentVersion version) => Build(item, version, new DocumentFields());

    /// <param name="fields">Where the fields come from: a rebuild reuses one set per thread.</param>
    public Document Build(ContentItem item, ContentVersion version, DocumentFields fields)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(fields);
        var culture = item.Culture;
        // One line per block, single spaces within: snippets read the line ends as boundaries, and
        // offsets stay the same for indexing and marking.
        var text = Whitespace().Replace(markdown.ToPlainText(version.Body), space => space.ValueSpan.Contains('\n') ? "\n" : " ");
        var summary = version.Summary ?? "";
        var published = ToSeconds(item.PublishedUtc ?? version.CreatedUtc);
        var document = fields.Next();
        fields.Keyword(SearchFields.Key, KeyOf(item.ContentId, culture), Field.Store.YES);
        fields.Keyword(SearchFields.Id, item.ContentId, Field.Store.YES);
        fields.Keyword(SearchFields.Slug, item.Slug, Field.Store.YES);
        fields.Stored(SearchFields.Title, version.Title);
        fields.Stored(SearchFields.Summary, summary);
        fields.Stored(SearchFields.Body, text);
        fields.Text(SearchFields.TitleIn(culture), version.Title);
        fields.Text(SearchFields.SummaryIn(culture), summary);
        // The body is what a search finds an item by, so it begins with the title and the summary; they
        // have fields of their own too, which raise the best matches (SearchQueryBuilder).
        fields.Text(SearchFields.BodyIn(culture), version.Title);
        fields.Text(SearchFields.BodyIn(culture), summary);
        fields.Text(SearchFields.BodyIn(culture), text);
        fields.Text(SearchFields.Words, version.Title + " " + version.Summary);

        // Stored only: filtering and sorting by publication time read the doc values, never range terms.
        fields.Number(SearchFields.Published, published, indexed: false);
        fields.NumericValue(SearchFields.PublishedValue, published);
        fields.Keyword("type", item.Type, Field.Store.YES);
        fields.Keyword("culture", culture, Field.Store.YES);
        var type = types[item.Type];
        // The year of what the item reports (an event's, a case study's period), not of the day it went live.
        var year = version.Fields.OwnYear(type, DateTimeOffset.FromUnixTimeSeconds(published).UtcDateTime)!.Value;
        fields.Keyword(SearchFields.Year, year.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO);
        foreach (var (kind, value) in termBuilder.Terms(type, version.Fields))
        {
            fields.Keyword(KindToKeyword[kind], value, Field.Store.NO);
        }

        if (version.Fields.StartUtc(type) is { } starts)
        {
            fields.Number(SearchFields.Starts, ToSeconds(starts), indexed: true);
        }

        return document;
    }

    public static long ToSeconds(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeSeconds();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Whitespace();
}
