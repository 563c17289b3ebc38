using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Portal.Content.Taxonomies;
using Portal.Search.Indexing;
using Portal.Search.Queue;

namespace Portal.Search.Querying;

/// <summary>
/// Which of a few content items each of many searches finds, by the rules of <see cref="SearchService"/>
/// (the same query, keyword filters and "public now"): the items are one filter, built once, and every
/// search runs only inside it, so the cost grows with the new items, not with the index.
/// </summary>
public sealed class SearchMatches(SearchIndex index, SearchIndexer indexer, SearchQueryBuilder builder, Taxonomy taxonomy, TimeProvider clock)
{
    /// <summary>
    /// For each of <paramref name="requests"/>, the ids among <paramref name="contentIds"/> it finds now.
    /// This node's index first applies every queued change, so an item the database holds as public is searched.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlySet<string>>> AmongAsync(IReadOnlyCollection<string> contentIds, IReadOnlyList<SearchRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contentIds);
        ArgumentNullException.ThrowIfNull(requests);
        if (contentIds.Count == 0 || requests.Count == 0)
        {
            return [.. requests.Select(_ => (IReadOnlySet<string>)new HashSet<string>(StringComparer.Ordinal))];
        }

        await indexer.CatchUpAsync(cancellationToken);
        var among = new CachingWrapperFilter(new TermsFilter([.. contentIds.Distinct(StringComparer.Ordinal).Select(id => new Term(SearchFields.Id, id))]));
        var now = SearchDocumentBuilder.ToSeconds(clock.GetUtcNow().UtcDateTime);
        // One document per culture of an item.
        var most = Math.Max(1, contentIds.Count * Math.Max(1, taxonomy.Site.ContentCultures.Count));
        return index.Search(searcher => (IReadOnlyList<IReadOnlySet<string>>)[.. requests.Select(request =>
        {
            var parsed = UserQuery.Parse(request.Query);
            var query = builder.Build(parsed, request.Culture ?? taxonomy.Site.DefaultCulture).Matching;
            var top = TopScoreDocCollector.Create(most, docsScoredInOrder: false);
            SearchService.Accepted(request, parsed, now).Collect(searcher, new FilteredQuery(query, among), top);
            var found = top.GetTopDocs().ScoreDocs;
            return (IReadOnlySet<string>)found.Select(hit => searcher.Doc(hit.Doc).Get(SearchFields.Id, CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
        })]);
    }
}
