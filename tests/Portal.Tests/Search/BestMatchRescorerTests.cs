using Portal.Search.Querying;
using Portal.Tests.Support;

namespace Portal.Tests.Search;

/// <summary>Titles, summaries and words together raise the best matches only; paging and finding must not notice.</summary>
public sealed class BestMatchRescorerTests : IClassFixture<BestMatchRescorerTests.Items>
{
    private const int Matches = BestMatchRescorer.Window + 45;
    private readonly SearchFixture index;

    public BestMatchRescorerTests(Items items) => index = items.Fixture;

    [Fact]
    public void Pages_beyond_the_rescored_window_show_every_match_once_in_one_order()
    {
        var paged = new List<string>();
        for (var page = 1; page <= (Matches / 10) + 1; page++)
        {
            paged.AddRange(index.Service.Search(new SearchRequest("harbour wall", Page: page, Size: 10)).Hits.Select(h => h.Id));
        }

        var deep = index.Service.Search(new SearchRequest("harbour wall", Page: 3, Size: 100)).Hits.Select(h => h.Id);

        Assert.Equal(Matches, paged.Count);
        Assert.Equal(Matches, paged.Distinct().Count());
        Assert.Equal(paged.Skip(200).Take(100), deep);
    }

    [Fact]
    public void The_words_together_rank_first_among_many_matches_of_the_words_apart()
    {
        var first = index.Service.Search(new SearchRequest("harbour wall", Size: 10)).Hits[0];

        Assert.Equal("together", first.Id);
    }

    [Fact]
    public void A_word_only_in_a_title_is_found_and_ranks_above_the_same_word_in_bodies()
    {
        var ids = index.Service.Search(new SearchRequest("lighthouse", Size: 10)).Hits.Select(h => h.Id).ToList();

        Assert.Equal("title-only", ids[0]);
        Assert.Contains("body-lighthouse", ids);
    }

    [Fact]
    public void A_latin_word_on_a_chinese_page_finds_chinese_items_that_contain_it()
    {
        var ids = index.Service.Search(new SearchRequest("Fitow", Culture: "zh", Size: 10)).Hits.Select(h => (h.Id, h.Culture));

        Assert.Contains(("fitow-zh", "zh"), ids);
    }

    /// <summary>More items with both words apart than the window holds, one with them together, and a few title and culture cases.</summary>
    public sealed class Items : IDisposable
    {
        public Items(SeedsFixture seeds)
        {
            Fixture = new SearchFixture(seeds.Taxonomy);
            for (var i = 0; i < Matches - 1; i++)
            {
                Fixture.Add($"apart-{i:D3}", $"Coastal works {i}", $"The harbour {Repeat("was dredged ", i % 7)}and later a wall {Repeat("rose ", i % 5)}was built.");
            }

            Fixture.Add("together", "Coastal works", "The harbour wall was rebuilt after the storm.");
            Fixture.Add("title-only", "Lighthouse keepers", "Keepers trained volunteers for the coast guard.");
            Fixture.Add("body-lighthouse", "A coastal town", "The old lighthouse became a museum, and the town kept its lighthouse lamp.");
            Fixture.Add("fitow-zh", "台风菲特", "台风 Fitow 于2013年袭击宁波。", culture: "zh");
        }

        public SearchFixture Fixture { get; }

        public void Dispose() => Fixture.Dispose();

        private static string Repeat(string words, int times) => string.Concat(Enumerable.Repeat(words, times));
    }
}
