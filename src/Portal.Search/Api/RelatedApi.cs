using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Content.Storage;
using Portal.Content.Taxonomies;
using Portal.Search.Querying;

namespace Portal.Search.Api;

/// <summary><c>/api/search/related?id=&amp;culture=&amp;size=</c>: the related items an item page lists, in every content culture.</summary>
public static class RelatedApi
{
    public const int MaxSize = 20;

    public static IEndpointRouteBuilder MapRelatedApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search/related", Related);
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<RelatedItem>>, BadRequest<SearchError>, NotFound<SearchError>>> Related(
        string? id, string? culture, string? size, RelatedItems related, PortalDbContext db, Taxonomy taxonomy, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return TypedResults.BadRequest(new SearchError("id is required: the id of a published item"));
        }

        if (taxonomy.UnknownCulture(culture) is { } unknown)
        {
            return TypedResults.BadRequest(new SearchError(unknown));
        }

        var count = RelatedItems.DefaultCount;
        if (size is not null && (!int.TryParse(size, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxSize))
        {
            return TypedResults.BadRequest(new SearchError($"size must be a whole number from 1 to {MaxSize}"));
        }

        var items = await related.FindAsync(db, id, culture ?? taxonomy.Site.DefaultCulture, count, cancellationToken);
        if (items is null)
        {
            return TypedResults.NotFound(new SearchError($"no published item '{id}' in culture '{culture ?? taxonomy.Site.DefaultCulture}'"));
        }

        return TypedResults.Ok(items);
    }
}
