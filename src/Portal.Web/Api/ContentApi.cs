using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Model;
using Portal.Content.ReadModel;
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

    /// <summary>The public items of the read model, as the site's list pages show them: one per id in the culture asked for.</summary>
    public static async Task<Results<Ok<ContentList>, BadRequest<ApiError>>> ListContent(
        string? type, string? cluster, string? country, string? culture, string? page, string? size,
        PortalDbContext db, PublicReadModel publicModel, Taxonomy taxonomy, ContentTypeCatalog types, SiteUrls urls, CancellationToken cancellationToken)
    {
        if (Validate(type, culture, page, size, taxonomy, types) is { } error)
        {
            return TypedResults.BadRequest(new ApiError(error));
        }

        var pageNumber = page is null ? 1 : int.Parse(page, CultureInfo.InvariantCulture);
        var pageSize = size is null ? 20 : Math.Min(int.Parse(size, CultureInfo.InvariantCulture), MaxPageSize);
        var terms = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(cluster))
        {
            terms.Add(PublicEntry.TermKey(TermKinds.Cluster, cluster.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(country))
        {
            terms.Add(PublicEntry.TermKey(TermKinds.Country, country.Trim().ToUpperInvariant()));
        }

        var snapshot = await publicModel.GetAsync(db, cancellationToken);
        var shown = snapshot.Shown(type, culture ?? taxonomy.Site.DefaultCulture);
        IReadOnlyList<PublicEntry> matching = terms.Count == 0 ? shown : [.. shown.Where(e => terms.TrueForAll(e.Terms.Contains))];
        var summaries = matching.Skip((pageNumber - 1) * pageSize).Take(pageSize)
            .Select(e => new ContentSummary(e.ContentId, e.Type, e.Title, urls.Item(e.Type, e.Slug, e.Culture), e.Culture, e.Summary, e.PublishedUtc))
            .ToList();
        return TypedResults.Ok(new ContentList(matching.Count, pageNumber, pageSize, summaries));
    }

    /// <summary>One public item: which cultures are public is the read model's answer; the body and the fields as stored are read from its version.</summary>
    public static async Task<Results<Ok<JsonObject>, NotFound<ApiError>, BadRequest<ApiError>>> GetContent(
        string id, string? culture, PortalDbContext db, PublicReadModel publicModel, Taxonomy taxonomy, ContentTypeCatalog types, SiteUrls urls, CancellationToken cancellationToken)
    {
        if (Validate(null, culture, null, null, taxonomy, types) is { } error)
        {
            return TypedResults.BadRequest(new ApiError(error));
        }

        var snapshot = await publicModel.GetAsync(db, cancellationToken);
        if (snapshot.Item(id, culture ?? taxonomy.Site.DefaultCulture) is not { } item)
        {
            return TypedResults.NotFound(new ApiError($"there is no published item '{id}'"));
        }

        var version = await db.ContentVersions.AsNoTracking()
            .Where(v => v.ContentId == id && v.Culture == item.Culture && v.Number == item.Version)
            .Select(v => new { v.FieldsJson, v.Html })
            .SingleOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            // Unpublished since the snapshot was taken, by another process whose change is not heard of yet.
            return TypedResults.NotFound(new ApiError($"there is no published item '{id}'"));
        }

        // The answer copies the fields as stored, numbers and mappings as they were written.
        var json = JsonNode.Parse(version.FieldsJson)!.AsObject();
        json["id"] = id;
        json["type"] = item.Type;
        json["title"] = item.Title;
        json["url"] = urls.Item(item.Type, item.Slug, item.Culture);
        json["culture"] = item.Culture;
        json["summary"] = item.Summary;
        json["published"] = item.PublishedUtc;
        json["html"] = version.Html;
        json["translations"] = new JsonArray([.. snapshot.Cultures(id).Select(x => (JsonNode)new JsonObject
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
