using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Model;
using Portal.Content.Storage;
using Portal.Content.Taxonomies;
using Portal.Content.Urls;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>
/// The items most like one item, from the index: Lucene's MoreLikeThis on the item's title, summary and
/// body (the terms that are frequent in it and rare in the index), with the item's clusters, places,
/// organizations, hazards and tags as lighter evidence. Items of the item's culture come first; other
/// cultures fill the list only from the terms they share. Public now only, never the item itself in any
/// culture. On XQuAD it finds a paragraph's own article far more often than the newest case studies of
/// the same cluster did (docs/performance.md, "Related items").
/// </summary>
public sealed class RelatedItems(SearchIndex index, CultureAnalyzers analyzers, SiteUrls urls, TimeProvider clock)
{
    public const int DefaultCount = 4;

    /// <summary>A shared term weighs less than the text: it says what an item is filed under, not what it is about.</summary>
    public const float TermBoost = 0.5f;

    /// <summary>
    /// The most telling terms of the item's text that the query looks for; twice as many in a culture
    /// cut into bigrams (Chinese), where a term says about half of what a word does. On XQuAD 25 terms
    /// found fewer of an article's paragraphs (docs/performance.md), 100 no more except in Chinese.
    /// </summary>
    public const int MaxQueryTerms = 50;

    /// <summary>Terms in more of the index than this share (of a large index) are not looked for.</summary>
    public const int MaxDocFreqPercent = 10;

    /// <summary>Below this many documents holding it, a term is never too common to look for.</summary>
    public const int MinDocFreqCap = 1000;

    private readonly RelatedLists lists = new(clock);

    /// <summary>
    /// The list already worked out on the index's current reader, else the item's terms read from the
    /// database, as the site lists them, then <see cref="Find"/>. Worked out on every render, the list was
    /// most of an item page's time at 100,000 items (docs/performance.md, "Related lists kept per reader").
    /// </summary>
    public async Task<IReadOnlyList<RelatedItem>?> FindAsync(PortalDbContext db, string contentId, string culture, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (count <= 0)
        {
            return [];
        }

        var key = (contentId, culture, count);
        var reader = index.Search(searcher => searcher.IndexReader);
        if (lists.TryGet(reader, key, out var known))
        {
            return known;
        }

        var terms = await db.ContentTerms.AsNoTracking()
            .Where(t => t.ContentId == contentId && t.Culture == culture)
            .Select(t => new { t.Kind, t.Value })
            .ToListAsync(cancellationToken);
        var (items, readerUsed) = FindOnReader(contentId, culture, [.. terms.Select(t => (t.Kind, t.Value))], count);
        lists.Add(readerUsed, key, items);
        return items;
    }

    /// <param name="terms">The item's classifications (kind, value), the kinds named as the index's keyword fields.</param>
    /// <returns>Null when the item is not public in that culture.</returns>
    public IReadOnlyList<RelatedItem>? Find(string contentId, string culture, IReadOnlyCollection<(string Kind, string Value)> terms, int count) =>
        count <= 0 ? [] : FindOnReader(contentId, culture, terms, count).Items;

    /// <returns>The list (at least one asked for), and the reader it was read from.</returns>
    private (IReadOnlyList<RelatedItem>? Items, IndexReader Reader) FindOnReader(string contentId, string culture, IReadOnlyCollection<(string Kind, string Value)> terms, int count)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var now = SearchDocumentBuilder.ToSeconds(clock.GetUtcNow().UtcDateTime);
        return index.Search(searcher =>
        {
            var own = searcher.Search(new TermQuery(new Term(SearchFields.Key, SearchDocumentBuilder.KeyOf(contentId, culture))), 1);
            var document = own.TotalHits == 0 ? null : searcher.Doc(own.ScoreDocs[0].Doc);
            if (document is null || document.GetField(SearchFields.Published).GetInt64Value() > now)
            {
                return ((IReadOnlyList<RelatedItem>?)null, searcher.IndexReader);
            }

            var shared = Shared(terms);
            var found = new List<RelatedItem>();
            var about = new BooleanQuery { { Like(searcher.IndexReader, document, culture), Occur.SHOULD } };
            if (shared.Clauses.Count > 0)
            {
                about.Add(shared, Occur.SHOULD);
            }

            // The culture is the filter's, not a required clause, and the item itself is skipped as it is
            // collected: a required clause made Lucene score the fifty terms one document at a time, and
            // an item page took 150 ms at 100,000 items. The scores differ by a constant: the order holds.
            var inCulture = new PublishedFilter(null, now, [new Term(SearchFields.Culture, culture)]);
            Collect(searcher, about, inCulture, contentId, count, found);
            if (found.Count < count && shared.Clauses.Count > 0)
            {
                var otherCultures = new BooleanQuery
                {
                    { shared, Occur.MUST },
                    { new TermQuery(new Term(SearchFields.Culture, culture)), Occur.MUST_NOT },
                };
                Collect(searcher, otherCultures, new PublishedFilter(null, now), contentId, count, found);
            }

            return ((IReadOnlyList<RelatedItem>?)found, searcher.IndexReader);
        });
    }

    /// <summary>
    /// The item's own text as a query on its culture's fields. The terms are chosen in the body alone
    /// (which holds the title and the summary too), then each is looked for in the title, the summary
    /// and the body: choosing in three fields cost three document-frequency look-ups a word, two thirds
    /// of the time, and a term chosen for one field was not looked for in the others. On XQuAD this
    /// finds more of an article's paragraphs in every culture and takes 40 % less time at 100,000 items
    /// (docs/performance.md, "Related items").
    /// </summary>
    private BooleanQuery Like(IndexReader reader, Lucene.Net.Documents.Document document, string culture)
    {
        var text = string.Join('\n', document.Get(SearchFields.Title, CultureInfo.InvariantCulture), document.Get(SearchFields.Summary, CultureInfo.InvariantCulture), document.Get(SearchFields.Body, CultureInfo.InvariantCulture));
        var body = SearchFields.BodyIn(culture);
        var like = new MoreLikeThis(reader)
        {
            Analyzer = analyzers.PerField,
            FieldNames = [body],
            // A short item says each thing once; a term only this item has finds nothing else.
            MinTermFreq = 1,
            MinDocFreq = 2,
            MaxQueryTerms = CultureAnalyzers.WritesWithoutSpaces(culture) ? 2 * MaxQueryTerms : MaxQueryTerms,
            ApplyBoost = true,
        };
        // A term in more than a tenth of a large index says little of what an item is about, and its
        // postings were most of an item page's time at 100,000 items. A small index keeps every term.
        like.MaxDocFreq = Math.Max(MinDocFreqCap, reader.NumDocs * MaxDocFreqPercent / 100);
        using var textReader = new StringReader(text);
        var chosen = (BooleanQuery)like.Like(textReader, body);
        var query = new BooleanQuery();
        foreach (var clause in chosen.Clauses)
        {
            var term = ((TermQuery)clause.Query).Term;
            var boost = clause.Query.Boost;
            query.Add(new TermQuery(term) { Boost = boost }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(SearchFields.TitleIn(culture), term.Bytes)) { Boost = boost }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(SearchFields.SummaryIn(culture), term.Bytes)) { Boost = boost }, Occur.SHOULD);
        }

        return query;
    }

    private static BooleanQuery Shared(IReadOnlyCollection<(string Kind, string Value)> terms)
    {
        var shared = new BooleanQuery();
        foreach (var (kind, value) in terms.Distinct())
        {
            if (SearchFields.Keywords.Contains(kind))
            {
                shared.Add(new TermQuery(new Term(kind, value)) { Boost = TermBoost }, Occur.SHOULD);
            }
        }

        return shared;
    }

    private void Collect(IndexSearcher searcher, Query query, PublishedFilter filter, string contentId, int count, List<RelatedItem> found)
    {
        // Room for the item itself, in each of its cultures, beside the ones already found.
        var top = TopScoreDocCollector.Create(count + found.Count + 8, docsScoredInOrder: false);
        filter.Collect(searcher, query, top);
        foreach (var hit in top.GetTopDocs().ScoreDocs)
        {
            if (found.Count >= count)
            {
                return;
            }

            var document = searcher.Doc(hit.Doc);
            var id = document.Get(SearchFields.Id, CultureInfo.InvariantCulture);
            if (id == contentId || found.Exists(f => f.Id == id))
            {
                continue;
            }

            var type = document.Get(SearchFields.Type, CultureInfo.InvariantCulture);
            var itemCulture = document.Get(SearchFields.Culture, CultureInfo.InvariantCulture);
            found.Add(new RelatedItem(id, type, document.Get(SearchFields.Title, CultureInfo.InvariantCulture),
                urls.Item(type, document.Get(SearchFields.Slug, CultureInfo.InvariantCulture), itemCulture), itemCulture));
        }
    }
}
