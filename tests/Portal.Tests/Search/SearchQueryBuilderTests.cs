using Portal.Search.Querying;
using Portal.Tests.Support;

namespace Portal.Tests.Search;

/// <summary>Chinese, typed without spaces as its readers type it, is searched as words: like English, not as one exact phrase.</summary>
public sealed class SearchQueryBuilderTests : IClassFixture<SearchQueryBuilderTests.Items>
{
    private readonly SearchFixture index;

    public SearchQueryBuilderTests(Items items) => index = items.Fixture;

    [Theory]
    [InlineData("宁波海绵城市")]
    [InlineData("宁波如何建设海绵城市")]
    public void A_chinese_query_without_spaces_finds_the_item_with_all_its_words_first(string query)
    {
        var ids = Ids(index.Search(query, culture: "zh"));

        Assert.Equal("ningbo-sponge", ids[0]);
    }

    [Fact]
    public void A_chinese_query_accepts_items_with_only_some_of_its_words()
    {
        var ids = Ids(index.Search("宁波海绵城市", culture: "zh"));

        Assert.Contains("sponge-elsewhere", ids);
        Assert.Contains("ningbo-port", ids);
        Assert.DoesNotContain("unrelated", ids);
    }

    [Fact]
    public void Chinese_words_together_rank_above_the_same_words_apart_and_both_are_found()
    {
        var ids = Ids(index.Search("海绵城市", culture: "zh"));

        Assert.Contains("apart", ids);
        Assert.True(ids.IndexOf("sponge-elsewhere") < ids.IndexOf("apart"), string.Join(", ", ids));
    }

    [Fact]
    public void A_quoted_chinese_phrase_is_still_required_whole()
    {
        var ids = Ids(index.Search("\"海绵城市\"", culture: "zh"));

        Assert.Contains("sponge-elsewhere", ids);
        Assert.DoesNotContain("apart", ids);
    }

    [Fact]
    public void English_words_are_still_each_accepted_and_preferred_together()
    {
        var ids = Ids(index.Search("sponge city"));

        Assert.Equal("sponge-en", ids[0]);
        Assert.Contains("city-en", ids);
    }

    private static List<string> Ids(SearchResult result) => [.. result.Hits.Select(h => h.Id)];

    public sealed class Items : IDisposable
    {
        public Items(SeedsFixture seeds)
        {
            Fixture = new SearchFixture(seeds.Taxonomy);
            Fixture.Add("ningbo-sponge", "宁波：以海绵城市试点为雨水留出空间", "宁波作为国家试点推进海绵城市建设，为雨水留出空间。", culture: "zh");
            Fixture.Add("sponge-elsewhere", "其他城市的试点", "多个城市开展了海绵城市建设试点，各有经验。", culture: "zh");
            Fixture.Add("ningbo-port", "宁波港", "宁波是一座古老的港口。", culture: "zh");
            Fixture.Add("apart", "雨水", "海绵可以吸水；这座城市的雨水很多。", culture: "zh");
            Fixture.Add("unrelated", "农业", "农民在田里种植水稻。", culture: "zh");
            Fixture.Add("sponge-en", "Sponge city", "A sponge city keeps its rain.");
            Fixture.Add("city-en", "A port city", "The city has a port.");
        }

        public SearchFixture Fixture { get; }

        public void Dispose() => Fixture.Dispose();
    }
}
