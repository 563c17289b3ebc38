using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Content;
using Portal.Content.Taxonomies;
using Portal.Search;
using Portal.Search.Api;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Benchmarks.Search;

/// <summary>
/// Searches in the harness's own process as the site does: Portal.Search's services registered as the
/// site registers them, over the index of the data folder, and each query through the API's own handler
/// (<see cref="SearchApi.Search"/>): parsing, the Lucene query with the recency score, facets over every
/// match, the page's stored fields and snippets. Only HTTP and JSON are left out. The host is built but
/// not started, so the indexing service does not run; the index's write lock is held until disposal.
/// </summary>
public sealed class InProcessSearch : IDisposable
{
    private readonly IHost host;
    private readonly SearchService search;
    private readonly SpellingSuggester spelling;
    private readonly Taxonomy taxonomy;

    public InProcessSearch(string dataPath, string contentPath, string seedsPath)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:DataPath"] = dataPath,
            ["Portal:ContentPath"] = contentPath,
            ["Portal:SeedsPath"] = seedsPath,
        });
        builder.AddPortalContent();
        builder.AddPortalSearch();
        host = builder.Build();
        search = host.Services.GetRequiredService<SearchService>();
        spelling = host.Services.GetRequiredService<SpellingSuggester>();
        taxonomy = host.Services.GetRequiredService<Taxonomy>();
        var index = host.Services.GetRequiredService<SearchIndex>();
        Documents = index.Search(searcher => searcher.IndexReader.NumDocs);
        Bare = new BareLuceneSearch(index, host.Services.GetRequiredService<CultureAnalyzers>());
    }

    /// <summary>Lucene alone on the same index: the baseline.</summary>
    public BareLuceneSearch Bare { get; }

    private static readonly Portal.Content.Types.ContentTypeCatalog Types = new Portal.Content.Types.ContentTypeCatalog(Portal.Content.Types.BuiltInContentTypes.All);

    /// <summary>The documents in the index.</summary>
    public int Documents { get; }

    /// <summary>Runs one query and returns how many items it matched.</summary>
    public int Run(BenchmarkQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? Filter(string facet) => query.Facet == facet ? query.FacetValue : null;
        var answer = SearchApi.Search(
            query.Text, Filter("type"), Filter("cluster"), Filter("country"), Filter("hazard"),
            query.Culture, from: null, to: null, page: null, size: null, search, spelling, taxonomy, Types);
        return answer.Result is Ok<SearchResult> { Value: { } result }
            ? result.Total
            : throw new InvalidOperationException($"the search API refused '{query}'");
    }

    public void Dispose() => host.Dispose();
}
