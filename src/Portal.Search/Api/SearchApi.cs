using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Content.Import;
using Portal.Content.Model;
using Portal.Content.Taxonomies;
using Portal.Content.Types;
using Portal.Content.Urls;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Search.Api;

/// <summary><c>/api/search</c> and <c>/api/search/suggest</c>. A query is never an error: only malformed parameters are.</summary>
public static class SearchApi
{
    public const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/search");
        api.MapGet("/", Search);
        app.MapGet(SiteUrls.SuggestPath, Suggest);
        return app;
    }

    public static Results<Ok<SearchResult>, BadRequest<SearchError>> Search(
        string? q, string? type, string? cluster, string? country, string? hazard, string? culture,
        string? from, string? to, string? page, string? size, SearchService search, SpellingSuggester spelling, Taxonomy taxonomy, ContentTypeCatalog types, string? year = null)
    {
        var errors = new List<string>();
        var pageNumber = Number(page, "page", 1, errors);
        var pageSize = Math.Min(Number(size, "size", 10, errors), MaxPageSize);
        var fromDate = Date(from, "from", errors)?.StartUtc;
        var toDate = Date(to, "to", errors)?.EndUtc;
        if (year is not null && !(year.Length == 4 && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            errors.Add("year must be a year (2013): the year of the item's own date, as the year facet counts it");
        }

        if (type is not null && !types.IsKnown(type))
        {
            errors.Add($"type '{type}' is unknown; expected one of {string.Join(", ", types.Names)}");
        }

        if (taxonomy.UnknownCulture(culture) is { } unknown)
        {
            errors.Add(unknown);
        }

        if (errors.Count > 0)
        {
            return TypedResults.BadRequest(new SearchError(string.Join("; ", errors)));
        }

        var request = new SearchRequest(q, type, cluster, country, hazard, culture, fromDate, toDate, pageNumber, pageSize, year);
        return TypedResults.Ok(search.Search(request) with { Suggestion = spelling.Suggest(request) });
    }

    /// <summary>Titles for search-as-you-type: the last word typed is a prefix.</summary>
    public static Ok<IReadOnlyList<Suggestion>> Suggest(string? q, string? culture, SearchService search, Taxonomy taxonomy)
    {
        var text = (q ?? "").Trim();
        if (text.Length == 0)
        {
            return TypedResults.Ok<IReadOnlyList<Suggestion>>([]);
        }

        var known = culture is not null && taxonomy.IsContentCulture(culture) ? culture : null;
        // Chinese is indexed in bigrams, which a prefix on the word field never matches: a Chinese
        // run is searched as typed, and any two characters of it already find their titles.
        var asked = text.EndsWith('*') || CultureScripts.IsHan(text[^1]) ? text : text + "*";
        var result = search.Search(new SearchRequest(asked, Culture: known, Size: 8));
        return TypedResults.Ok<IReadOnlyList<Suggestion>>([.. result.Hits.Select(h => new Suggestion(h.Title, h.Url, h.Type, h.Culture))]);
    }

    private static int Number(string? text, string name, int fallback, List<string> errors)
    {
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= 1_000_000)
        {
            return value;
        }

        errors.Add($"{name} must be a whole number from 1");
        return fallback;
    }

    private static PartialDate? Date(string? text, string name, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (PartialDate.TryParse(text, null, out var date))
        {
            return date;
        }

        errors.Add($"{name} must be a date (2023-10-17), a month (2023-10) or a year (2023)");
        return null;
    }
}
