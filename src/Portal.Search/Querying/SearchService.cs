using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Content.Model;
using Portal.Content.Taxonomies;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>Runs a search: the query, the filters, facets over every match, and one page of hits with snippets.</summary>
public sealed class SearchService(SearchIndex index, SearchQueryBuilder builder, SnippetWriter snippets, Taxonomy taxonomy, TimeProvider clock)
{
    /// <summary>Paging stops here: deeper pages of a search are not worth their cost.</summary>
    public const int MaxDepth = 10_000;

    public SearchResult Search(SearchRequest request)
    {
        var parsed = UserQuery.Parse(request.Query);
        var culture = request.Culture ?? taxonomy.Site.DefaultCulture;
        var (query, terms) = builder.Build(parsed, culture);
        var now = SearchDocumentBuilder.ToSeconds(clock.GetUtcNow().UtcDateTime);
        var filtered = WithKeywordFilters(query, request, parsed);
        var depth = Math.Min(request.Page * request.Size, MaxDepth);
        return index.Search(searcher =>
        {
            var facets = new FacetCounter();
            ITopDocsCollector top = parsed.HasText
                ? TopScoreDocCollector.Create(Math.Max(depth, 1), docsScoredInOrder: false)
                : TopFieldCollector.Create(new Sort(new SortField(SearchFields.PublishedValue, SortFieldType.INT64, reverse: true)), Math.Max(depth, 1), fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
            searcher.Search(filtered, PublishedBetween(request, now), MultiCollector.Wrap(parsed.HasText ? new RecencyCollector(top, now) : top, facets));
            var page = top.GetTopDocs((request.Page - 1) * request.Size, request.Size).ScoreDocs;
            var hits = page.Select(scoreDoc => Hit(searcher.Doc(scoreDoc.Doc), scoreDoc.Score, terms)).ToList();
            var facetValues = facets.Counts.ToDictionary(
                f => f.Key,
                f => (IReadOnlyList<FacetValue>)[.. f.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Select(v => new FacetValue(v.Key, v.Value))]);
            return new SearchResult(request.Query ?? "", top.TotalHits, request.Page, request.Size, hits, facetValues);
        });
    }

    /// <summary>
    /// The keyword filters as required clauses of no weight: matched by skipping along their postings
    /// together with the query, and leaving every score as the query alone gives it.
    /// </summary>
    internal static Query WithKeywordFilters(Query query, SearchRequest request, UserQuery parsed)
    {
        var filtered = new BooleanQuery { { query, Occur.MUST } };
        void Keyword(string field, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                filtered.Add(new ConstantScoreQuery(new TermQuery(new Term(field, value.Trim()))) { Boost = 0 }, Occur.MUST);
            }
        }

        Keyword("type", request.Type);
        Keyword("cluster", request.Cluster);
        Keyword("country", request.Country?.ToUpperInvariant());
        Keyword("hazard", request.Hazard);
        foreach (var (field, value) in parsed.Filters)
        {
            Keyword(field, field == "country" ? value.ToUpperInvariant() : value);
        }

        return filtered.Clauses.Count == 1 ? query : filtered;
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
            ContentTypes.Url(type, document.Get(SearchFields.Slug, CultureInfo.InvariantCulture), culture, taxonomy.Site.DefaultCulture),
            culture, snippet, float.IsNaN(score) ? 0 : score, published);
    }
}
