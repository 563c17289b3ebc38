using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Model;
using Portal.Content.Storage;
using Portal.Content.Taxonomies;
using Portal.Content.Types;
using Portal.Content.Urls;

namespace Portal.Web.Api;

/// <summary><c>/api/content</c>: published content as JSON, so that the store can be read from outside.</summary>
public static class ContentApi
{
    public const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapContentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/content");
        api.MapGet("/", ListContent);
        api.MapGet("/{id}", GetContent);
        return app;
    }

    public static async Task<Results<Ok<ContentList>, BadRequest<ApiError>>> ListContent(
        string? type, string? cluster, string? country, string? culture, string? page, string? size,
        PortalDbContext db, Taxonomy taxonomy, ContentTypeCatalog types, SiteUrls urls, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Validate(type, culture, page, size, taxonomy, types) is { } error)
        {
            return TypedResults.BadRequest(new ApiError(error));
        }

        var pageNumber = page is null ? 1 : int.Parse(page, CultureInfo.InvariantCulture);
        var pageSize = size is null ? 20 : Math.Min(int.Parse(size, CultureInfo.InvariantCulture), MaxPageSize);
        var now = clock.GetUtcNow().UtcDateTime;
        var items = PublicContent.Live(db, now);
        if (type is not null)
        {
            items = items.Where(x => x.Type == type);
        }

        if (!string.IsNullOrWhiteSpace(cluster))
        {
            items = items.WithTerm(TermKinds.Cluster, cluster.Trim());
        }

        if (!string.IsNullOrWhiteSpace(country))
        {
            items = items.WithTerm(TermKinds.Country, country.Trim().ToUpperInvariant());
        }

        var defaultCulture = taxonomy.Site.DefaultCulture;
        items = items.InCulture(db, now, culture ?? defaultCulture, defaultCulture);
        var total = await items.CountAsync(cancellationToken);
        var rows = await items
            .OrderByDescending(x => x.PublishedUtc).ThenBy(x => x.ContentId)
            .Skip((pageNumber - 1) * pageSize).Take(pageSize)
            .WithPublicVersion(db, (x, v) => new { x.ContentId, x.Type, v.Title, x.Slug, x.Culture, v.Summary, x.PublishedUtc })
            .ToListAsync(cancellationToken);
        var summaries = rows.Select(r => new ContentSummary(
            r.ContentId, r.Type, r.Title, urls.Item(r.Type, r.Slug, r.Culture), r.Culture, r.Summary, r.PublishedUtc)).ToList();
        return TypedResults.Ok(new ContentList(total, pageNumber, pageSize, summaries));
    }

    public static async Task<Results<Ok<JsonObject>, NotFound<ApiError>, BadRequest<ApiError>>> GetContent(
        string id, string? culture, PortalDbContext db, Taxonomy taxonomy, ContentTypeCatalog types, SiteUrls urls, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Validate(null, culture, null, null, taxonomy, types) is { } error)
        {
            return TypedResults.BadRequest(new ApiError(error));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var defaultCulture = taxonomy.Site.DefaultCulture;
        var live = await PublicContent.Live(db, now).Where(x => x.ContentId == id)
            .Select(x => new { x.Culture, x.Type, x.Slug, x.PublishedUtc, x.PublishedVersion })
            .ToListAsync(cancellationToken);
        var wanted = culture ?? defaultCulture;
        var item = live.OrderBy(x => x.Culture == wanted ? 0 : x.Culture == defaultCulture ? 1 : 2).ThenBy(x => x.Culture, StringComparer.Ordinal).FirstOrDefault();
        if (item is null)
        {
            return TypedResults.NotFound(new ApiError($"there is no published item '{id}'"));
        }

        var version = await db.ContentVersions.AsNoTracking()
            .SingleAsync(v => v.ContentId == id && v.Culture == item.Culture && v.Number == item.PublishedVersion, cancellationToken);
        // The answer copies the fields as stored, numbers and mappings as they were written.
        var json = JsonNode.Parse(version.FieldsJson)!.AsObject();
        json["id"] = id;
        json["type"] = item.Type;
        json["title"] = version.Title;
        json["url"] = urls.Item(item.Type, item.Slug, item.Culture);
        json["culture"] = item.Culture;
        json["summary"] = version.Summary;
        json["published"] = item.PublishedUtc;
        json["html"] = version.Html;
        json["translations"] = new JsonArray([.. live.OrderBy(x => x.Culture, StringComparer.Ordinal).Select(x => (JsonNode)new JsonObject
        {
            ["culture"] = x.Culture,
            ["url"] = urls.Item(x.Type, x.Slug, x.Culture),
        })]);
        return TypedResults.Ok(json);
    }

    private static string? Validate(string? type, string? culture, string? page, string? size, Taxonomy taxonomy, ContentTypeCatalog types)
    {
        if (type is not null && !types.IsKnown(type))
        {
            return $"type '{type}' is unknown; expected one of {string.Join(", ", types.Names)}";
        }

        if (taxonomy.UnknownCulture(culture) is { } unknown)
        {
            return unknown;
        }

        if (page is not null && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p < 1 || p > 1_000_000))
        {
            return "page must be a whole number from 1";
        }

        if (size is not null && (!int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var s) || s < 1))
        {
            return $"size must be a whole number from 1 to {MaxPageSize}";
        }

        return null;
    }
}
