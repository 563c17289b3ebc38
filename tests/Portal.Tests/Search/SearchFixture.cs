using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Content.Configuration;
using Portal.Content.Markdown;
using Portal.Content.Model;
using Portal.Content.Publishing;
using Portal.Content.Taxonomies;
using Portal.Search.Indexing;
using Portal.Search.Querying;
using Portal.Tests.Support;

namespace Portal.Tests.Search;

/// <summary>A real Lucene index in a temporary folder, filled by each test class with the items it needs.</summary>
public sealed class SearchFixture : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("portal-search-");
    private readonly SearchDocumentBuilder builder;
    private long cursor;

    public SearchFixture(Taxonomy taxonomy)
    {
        Taxonomy = taxonomy;
        Analyzers = new CultureAnalyzers();
        var options = Options.Create(new PortalOptions { DataPath = folder.FullName });
        Index = new SearchIndex(options, Analyzers, NullLogger<SearchIndex>.Instance);
        builder = new SearchDocumentBuilder(new MarkdownRenderer(), new ContentTermBuilder(Taxonomy, new Portal.Content.Types.ContentTypeCatalog(Portal.Content.Types.BuiltInContentTypes.All)), new Portal.Content.Types.ContentTypeCatalog(Portal.Content.Types.BuiltInContentTypes.All));
        Service = new SearchService(Index, new SearchQueryBuilder(Analyzers), new SnippetWriter(Analyzers), new FacetLabels(Taxonomy, []), Taxonomy, new Portal.Content.Urls.SiteUrls(Taxonomy, new Portal.Content.Types.ContentTypeCatalog(Portal.Content.Types.BuiltInContentTypes.All)), new StoppedClock(DateTimeOffset.UtcNow));
    }

    public Taxonomy Taxonomy { get; }
    public CultureAnalyzers Analyzers { get; }
    public SearchIndex Index { get; }
    public SearchService Service { get; }

    public void Add(string id, string title, string body, string culture = "en", string type = ContentTypes.CaseStudy,
        string? summary = null, string fieldsJson = "{}", DateTime? published = null)
    {
        var item = new ContentItem
        {
            ContentId = id,
            Culture = culture,
            Type = type,
            Slug = id,
            Status = ContentStatus.Published,
            PublishedVersion = 1,
            PublishedUtc = published ?? new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        };
        var version = new ContentVersion
        {
            ContentId = id,
            Culture = culture,
            Number = 1,
            Title = title,
            Summary = summary,
            Body = body,
            Html = "",
            FieldsJson = fieldsJson,
        };
        Index.Apply([(SearchDocumentBuilder.KeyOf(id, culture), builder.Build(item, version))], ++cursor);
    }

    public SearchResult Search(string query, string? culture = null, string? type = null, string? cluster = null, string? country = null) =>
        Service.Search(new SearchRequest(query, Type: type, Cluster: cluster, Country: country, Culture: culture, Size: 20));

    public void Dispose()
    {
        Index.Dispose();
        Analyzers.Dispose();
        folder.Delete(recursive: true);
    }
}
