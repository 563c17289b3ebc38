using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Content.Publishing;
using Portal.Search.Api;
using Portal.Search.Indexing;
using Portal.Search.Querying;
using Portal.Search.Queue;

namespace Portal.Search;

public static class SearchFeature
{
    /// <summary>Lucene.Net search, kept in step with content through a durable queue in the database.</summary>
    public static IHostApplicationBuilder AddPortalSearch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section);
        builder.Services.AddSingleton<CultureAnalyzers>();
        builder.Services.AddSingleton<SearchIndex>();
        builder.Services.AddSingleton<SearchDocumentBuilder>();
        builder.Services.AddSingleton<SearchQueryBuilder>();
        builder.Services.AddSingleton<SnippetWriter>();
        builder.Services.AddSingleton<FacetLabels>();
        builder.Services.AddSingleton<SearchService>();
        builder.Services.AddSingleton<SpellingSuggester>();
        builder.Services.AddSingleton<RelatedItems>();
        builder.Services.AddSingleton<SearchMatches>();
        builder.Services.AddSingleton<IndexingSignal>();
        builder.Services.AddSingleton<SearchIndexer>();
        builder.Services.AddSingleton<IContentChangeHandler, SearchIndexingHandler>();
        builder.Services.AddHostedService<IndexingService>();
        builder.Services.AddHealthChecks().AddCheck<SearchIndexHealthCheck>("search");
        return builder;
    }

    public static IEndpointRouteBuilder MapPortalSearch(this IEndpointRouteBuilder app) => app.MapSearchApi().MapRelatedApi();
}
