using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Content.Model;
using Portal.Content.Taxonomies;
using Portal.Content.Urls;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>Runs a search: the query, the filters, facets over every match, and one page of hits with snippets.</summary>
public sealed class SearchService(SearchIndex index, SearchQueryBuilder builder, SnippetWriter snippets, FacetLabels labels, Taxonomy taxonomy, SiteUrls urls, TimeProvider clock)
{
    /// <summary>Paging stops here: deeper pages of a search are not worth their cost.</summary>
    public const int MaxDepth = 10_000;

    public SearchResult Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parsed = UserQuery.Parse(request.Query);
        var culture = request.Culture ?? taxonomy.Site.DefaultCulture;
        var built = builder.Build(parsed, culture);
        var now = SearchDocumentBuilder.ToSeconds(clock.GetUtcNow().UtcDateTime);
        var matching = built.Matching;
        var published = Accepted(request, parsed, now);
        var depth = Math.Min(request.Page * request.Size, MaxDepth);
        return index.Search(searcher =>
        {
            var (weight, boosts) = BestMatchRescorer.Weigh(searcher, matching, parsed.HasText ? built.Boosts : null);
            var ranked = Math.Max(boosts is null ? depth : Math.Max(depth, BestMatchRescorer.Window), 1);
            using var facets = new FacetCounter(published.OnlyPublicAt);
            ScoreDoc[] best;
            int total;
            if (parsed.HasText)
            {
                var top = new BestMatchCollector(ranked, now, facets);
                published.Collect(searcher, weight, top);
                (best, total) = (top.Best(), top.TotalHits);
            }
            else
            {
                var latest = TopFieldCollector.Create(new Sort(new SortField(SearchFields.PublishedValue, SortFieldType.INT64, reverse: true)), ranked, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
                published.Collect(searcher, weight, MultiCollector.Wrap(latest, facets));
                (best, total) = (latest.GetTopDocs().ScoreDocs, latest.TotalHits);
            }

            if (boosts is not null)
            {
                best = BestMatchRescorer.Rescore(searcher, boosts, best, now);
            }

            var hits = best.Skip((request.Page - 1) * request.Size).Take(request.Size)
                .Select(scoreDoc => Hit(searcher.Doc(scoreDoc.Doc), scoreDoc.Score, built.Terms)).ToList();
            var facetValues = facets.Counts.ToDictionary(
                f => f.Key,
                f => (IReadOnlyList<FacetValue>)[.. f.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Select(v => new FacetValue(v.Key, v.Value) { Label = labels.Label(searcher, f.Key, v.Key, culture) })]);
            return new SearchResult(request.Query ?? "", total, request.Page, request.Size, hits, facetValues);
        });
    }

    /// <summary>The keyword filters of the request and of the query (<c>cluster:...</c>), as the index holds their values.</summary>
    private static IEnumerable<(string Field, string Value)> KeywordFilters(SearchRequest request, UserQuery parsed)
    {
        (string, string?)[] asked = [("type", request.Type), ("cluster", request.Cluster), ("country", request.Country), ("hazard", request.Hazard), (SearchFields.Year, request.Year), .. parsed.Filters.Select(f => (f.Field, (string?)f.Value))];
        foreach (var (field, value) in asked)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                yield return (field, field == "country" ? value.Trim().ToUpperInvariant() : value.Trim());
            }
        }
    }

    /// <summary>What a search may find: public now, within <c>from</c>/<c>to</c>, with every keyword filter asked for.</summary>
    internal static PublishedFilter Accepted(SearchRequest request, UserQuery parsed, long now)
    {
        var keywords = KeywordFilters(request, parsed).Select(k => new Term(k.Field, k.Value)).ToList();
        var between = PublishedBetween(request, now);
        return keywords.Count == 0 ? between : new PublishedFilter(between.From, between.Until, keywords);
    }

    /// <summary>Public now (a scheduled item waits for its time), and within <c>from</c>/<c>to</c> (<c>to</c> excluded).</summary>
    internal static PublishedFilter PublishedBetween(SearchRequest request, long now) => new(
        request.From is { } from ? SearchDocumentBuilder.ToSeconds(from) : null,
        request.To is { } to ? Math.Min(now, SearchDocumentBuilder.ToSeconds(to) - 1) : now);

    private SearchHit Hit(Lucene.Net.Documents.Document document, float score, QueryTerms terms)
    {
        var type = document.Get(SearchFields.Type, CultureInfo.InvariantCulture);
        var culture = document.Get(SearchFields.Culture, CultureInfo.InvariantCulture);
        var body = document.Get(SearchFields.Body, CultureInfo.InvariantCulture);
        var summary = document.Get(SearchFields.Summary, CultureInfo.InvariantCulture);
        var snippet = snippets.Write(string.IsNullOrEmpty(body) ? summary : body, culture, terms);
        var published = DateTimeOffset.FromUnixTimeSeconds(document.GetField(SearchFields.Published).GetInt64Value() ?? 0).UtcDateTime;
        return new SearchHit(
            document.Get(SearchFields.Id, CultureInfo.InvariantCulture), type, document.Get(SearchFields.Title, CultureInfo.InvariantCulture),
            urls.Item(type, document.Get(SearchFields.Slug, CultureInfo.InvariantCulture), culture),
            culture, snippet, float.IsNaN(score) ? 0 : score, published);
    }
}
