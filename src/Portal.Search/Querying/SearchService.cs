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
        var filter = new QueryWrapperFilter(Filters(request, parsed, now));
        var depth = Math.Min(request.Page * request.Size, MaxDepth);
        return index.Search(searcher =>
        {
            var facets = new FacetCounter();
            ITopDocsCollector top = parsed.HasText
                ? TopScoreDocCollector.Create(Math.Max(depth, 1), docsScoredInOrder: false)
                : TopFieldCollector.Create(new Sort(new SortField(SearchFields.PublishedValue, SortFieldType.INT64, reverse: true)), Math.Max(depth, 1), fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
            searcher.Search(parsed.HasText ? new RecencyQuery(query, now) : query, filter, MultiCollector.Wrap(top, facets));
            var page = top.GetTopDocs((request.Page - 1) * request.Size, request.Size).ScoreDocs;
            var hits = page.Select(scoreDoc => Hit(searcher.Doc(scoreDoc.Doc), scoreDoc.Score, terms)).ToList();
            var facetValues = facets.Counts.ToDictionary(
                f => f.Key,
                f => (IReadOnlyList<FacetValue>)[.. f.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Select(v => new FacetValue(v.Key, v.Value))]);
            return new SearchResult(request.Query ?? "", top.TotalHits, request.Page, request.Size, hits, facetValues);
        });
    }

    private static BooleanQuery Filters(SearchRequest request, UserQuery parsed, long now)
    {
        var filters = new BooleanQuery
        {
            { NumericRangeQuery.NewInt64Range(SearchFields.Published, null, now, true, true), Occur.MUST },
        };
        void Keyword(string field, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                filters.Add(new TermQuery(new Term(field, value.Trim())), Occur.MUST);
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

        if (request.From is not null || request.To is not null)
        {
            var from = request.From is { } f ? SearchDocumentBuilder.ToSeconds(f) : (long?)null;
            var to = request.To is { } t ? SearchDocumentBuilder.ToSeconds(t) : (long?)null;
            filters.Add(NumericRangeQuery.NewInt64Range(SearchFields.Published, from, to, true, false), Occur.MUST);
        }

        return filters;
    }

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
