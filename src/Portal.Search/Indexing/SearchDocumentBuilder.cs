using System.Text.Json.Nodes;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Portal.Content.Import;
using Portal.Content.Markdown;
using Portal.Content.Model;
using Portal.Content.Publishing;

namespace Portal.Search.Indexing;

/// <summary>Turns the public version of an item into the index's document.</summary>
public sealed partial class SearchDocumentBuilder(MarkdownRenderer markdown, ContentTermBuilder termBuilder)
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

    public Document Build(ContentItem item, ContentVersion version)
    {
        var culture = item.Culture;
        // One line of text: snippets then read as prose, and offsets stay the same for indexing and marking.
        var text = Whitespace().Replace(markdown.ToPlainText(version.Body), " ");
        var published = item.PublishedUtc ?? version.CreatedUtc;
        var document = new Document
        {
            new StringField(SearchFields.Key, KeyOf(item.ContentId, culture), Field.Store.YES),
            new StringField(SearchFields.Id, item.ContentId, Field.Store.YES),
            new StringField(SearchFields.Slug, item.Slug, Field.Store.YES),
            new StoredField(SearchFields.Title, version.Title),
            new StoredField(SearchFields.Summary, version.Summary ?? ""),
            new StoredField(SearchFields.Body, text),
            new TextField(SearchFields.TitleIn(culture), version.Title, Field.Store.NO),
            new TextField(SearchFields.SummaryIn(culture), version.Summary ?? "", Field.Store.NO),
            new TextField(SearchFields.BodyIn(culture), text, Field.Store.NO),
            new TextField(SearchFields.Words, version.Title + " " + version.Summary, Field.Store.NO),
            new Int64Field(SearchFields.Published, ToSeconds(published), Field.Store.YES),
            new NumericDocValuesField(SearchFields.PublishedValue, ToSeconds(published)),
        };
        AddKeyword(document, "type", item.Type, Field.Store.YES);
        AddKeyword(document, "culture", culture, Field.Store.YES);
        AddKeyword(document, "year", published.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (kind, value) in termBuilder.Terms(version.FieldsJson))
        {
            AddKeyword(document, KindToKeyword[kind], value);
        }

        if (StartsOf(version.FieldsJson) is { } starts)
        {
            document.Add(new Int64Field(SearchFields.Starts, ToSeconds(starts), Field.Store.YES));
        }

        return document;
    }

    public static long ToSeconds(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeSeconds();

    private static void AddKeyword(Document document, string name, string value, Field.Store store = Field.Store.NO)
    {
        document.Add(new StringField(name, value, store));
        if (SearchFields.Facets.Contains(name))
        {
            document.Add(new SortedSetDocValuesField(SearchFields.FacetOf(name), new BytesRef(value)));
        }
    }

    private static DateTime? StartsOf(string fieldsJson)
    {
        var fields = JsonNode.Parse(fieldsJson)?.AsObject();
        if (fields?["starts"]?.ToString() is not { } starts)
        {
            return null;
        }

        TimeZoneInfo? zone = null;
        if (fields["timezone"]?.ToString() is { } zoneName)
        {
            TimeZoneInfo.TryFindSystemTimeZoneById(zoneName, out zone);
        }

        return PartialDate.TryParse(starts, zone, out var date) ? date.StartUtc : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Whitespace();
}
