using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Indexing;
using Portal.Search.Querying;
using Portal.Tests.Support;

namespace Portal.Tests.Search;

public sealed class AbsentTermPrunerTests : IClassFixture<AbsentTermPrunerTests.Items>
{
    private readonly SearchFixture index;

    public AbsentTermPrunerTests(Items items) => index = items.Fixture;

    [Fact]
    public void A_word_is_looked_for_only_in_the_cultures_whose_fields_hold_it()
    {
        var any = new DisjunctionMaxQuery(0.1f) { new TermQuery(Body("en", "dam")), new TermQuery(Body("fr", "dam")), new TermQuery(Body("es", "dam")) };

        var pruned = Prune(any);

        Assert.Equal(Body("en", "dam"), Assert.IsType<TermQuery>(pruned).Term);
    }

    [Fact]
    public void A_required_part_no_document_holds_leaves_a_query_that_finds_nothing()
    {
        var all = new BooleanQuery { { new TermQuery(Body("en", "dam")), Occur.MUST }, { new TermQuery(Body("en", "zeppelin")), Occur.MUST } };

        var pruned = Prune(all);

        Assert.Equal(0, index.Index.Search(searcher => searcher.Search(pruned, 10).TotalHits));
    }

    [Fact]
    public void An_excluded_word_no_document_holds_excludes_nothing()
    {
        var all = new BooleanQuery { { new TermQuery(Body("en", "dam")), Occur.MUST }, { new TermQuery(Body("en", "zeppelin")), Occur.MUST_NOT } };

        var pruned = Prune(all);

        Assert.Equal(2, index.Index.Search(searcher => searcher.Search(pruned, 10).TotalHits));
    }

    [Fact]
    public void Pruning_keeps_the_order_of_the_matches()
    {
        var words = new BooleanQuery
        {
            { new DisjunctionMaxQuery(0.1f) { new TermQuery(Body("en", "dam")), new TermQuery(Body("fr", "dam")) }, Occur.SHOULD },
            { new DisjunctionMaxQuery(0.1f) { new TermQuery(Body("en", "pump")), new TermQuery(Body("ru", "pump")) }, Occur.SHOULD },
            { new TermQuery(Body("en", "zeppelin")), Occur.SHOULD },
        };

        var (before, after) = index.Index.Search(searcher => (Order(searcher, words), Order(searcher, AbsentTermPruner.Prune(searcher, searcher.Rewrite(words)))));

        Assert.Equal(3, before.Length);
        Assert.Equal(before, after);
    }

    private static Term Body(string culture, string text) => new(SearchFields.BodyIn(culture), text);

    private static int[] Order(IndexSearcher searcher, Query query) => [.. searcher.Search(query, 10).ScoreDocs.Select(hit => hit.Doc)];

    private Query Prune(Query query) => index.Index.Search(searcher => AbsentTermPruner.Prune(searcher, searcher.Rewrite(query)));

    public sealed class Items : IDisposable
    {
        public Items(SeedsFixture seeds)
        {
            Fixture = new SearchFixture(seeds.Taxonomy);
            Fixture.Add("levee", "Dykes", "The dam held.");
            Fixture.Add("levee-pump", "Pumps", "The dam and the pump held, the pump twice.");
            Fixture.Add("pump", "Pumps again", "A pump.");
        }

        public SearchFixture Fixture { get; }

        public void Dispose() => Fixture.Dispose();
    }
}
