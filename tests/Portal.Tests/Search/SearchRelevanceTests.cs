using Portal.Content.Model;
using Portal.Search.Querying;
using Portal.Tests.Support;

namespace Portal.Tests.Search;

public sealed class SearchRelevanceTests : IClassFixture<SearchRelevanceTests.Items>
{
    private readonly SearchFixture index;

    public SearchRelevanceTests(Items items) => index = items.Fixture;

    [Fact]
    public void Search_title_match_ranks_above_body_match()
    {
        var ids = Ids(index.Search("insurance"));

        Assert.True(ids.IndexOf("title-insurance") < ids.IndexOf("body-insurance"), string.Join(", ", ids));
    }

    [Fact]
    public void Search_exact_phrase_ranks_above_scattered_words()
    {
        var ids = Ids(index.Search("catastrophe insurance mechanism"));

        Assert.True(ids.IndexOf("phrase") < ids.IndexOf("scattered"), string.Join(", ", ids));
    }

    [Fact]
    public void Search_quoted_phrase_requires_the_words_together()
    {
        var ids = Ids(index.Search("\"catastrophe insurance mechanism\""));

        Assert.Contains("phrase", ids);
        Assert.DoesNotContain("scattered", ids);
    }

    [Fact]
    public void Search_english_finds_other_forms_of_the_word()
    {
        Assert.Contains("stems", Ids(index.Search("flooded")));
        Assert.Contains("stems", Ids(index.Search("flood")));
    }

    [Fact]
    public void Search_chinese_query_finds_chinese_text_and_marks_it()
    {
        var result = index.Search("海绵城市");

        Assert.Equal("sponge-zh", result.Hits[0].Id);
        Assert.Contains("<mark>海绵城市</mark>", result.Hits[0].Snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("مخاطر الكوارث")]
    [InlineData("مَخَاطِر الكَوَارِث")]
    public void Search_arabic_with_or_without_diacritics_finds_arabic_text(string query)
    {
        var result = index.Search(query);

        Assert.Equal("tripoli-ar", result.Hits[0].Id);
        Assert.Contains("<mark>", result.Hits[0].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_ranks_the_asked_culture_first()
    {
        Assert.Equal("en", index.Search("Ningbo", culture: "en").Hits[0].Culture);
        Assert.Equal("zh", index.Search("Ningbo", culture: "zh").Hits[0].Culture);
    }

    [Fact]
    public void Search_excluded_word_removes_items()
    {
        var ids = Ids(index.Search("insurance -programme"));

        Assert.DoesNotContain("body-insurance", ids);
        Assert.Contains("title-insurance", ids);
    }

    [Fact]
    public void Search_prefix_finds_words_as_they_are_typed()
    {
        var result = index.Search("insura*");

        Assert.Contains("title-insurance", Ids(result));
        Assert.Contains("<mark>insurance</mark>", result.Hits.First(h => h.Id == "news-insurance").Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_never_finds_an_item_published_in_the_future()
    {
        Assert.DoesNotContain("scheduled", Ids(index.Search("scheduled")));
    }

    [Fact]
    public void Snippet_is_html_encoded_with_the_words_marked()
    {
        var hit = index.Search("sanitiser").Hits.Single();

        Assert.Contains("3 &lt; 5 &amp; 7", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>sanitiser</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Facets_count_every_match_and_follow_the_filters()
    {
        var all = index.Search("insurance");
        var news = index.Search("insurance", type: ContentTypes.News);

        Assert.Equal(all.Total, all.Facets["type"].Sum(f => f.Count));
        Assert.Equal(1, all.Facets["type"].Single(f => f.Value == ContentTypes.News).Count);
        Assert.Equal(1, news.Total);
        Assert.Equal([new FacetValue(ContentTypes.News, 1)], news.Facets["type"]);
    }

    [Fact]
    public void Facets_count_clusters_and_countries_from_the_fields()
    {
        var result = index.Search("insurance", cluster: "disaster-risk-reduction");

        Assert.Equal(["title-insurance"], Ids(result));
        Assert.Equal(1, result.Facets["country"].Single(f => f.Value == "CN").Count);
    }

    /// <summary>A malformed query is read as the words it still holds: it finds what they find, exactly.</summary>
    [Theory]
    [InlineData("\"catastrophe insurance", "\"catastrophe insurance\"", 1)]
    [InlineData("AND OR", "", 11)]
    [InlineData("*", "", 11)]
    [InlineData("insurance field:", "insurance", 5)]
    [InlineData("title:( insurance", "insurance", 5)]
    [InlineData("\u0001\u0002 insurance \u0007", "insurance", 5)]
    [InlineData("insurance AND OR NOT", "insurance", 5)]
    [InlineData("cluster:nowhere", "cluster:nowhere insurance", 0)]
    public void Search_malformed_query_finds_what_its_salvageable_words_find(string query, string salvaged, int total)
    {
        var result = index.Search(query);

        Assert.Equal(total, result.Total);
        Assert.Equal(Ids(index.Search(salvaged)), Ids(result));
        Assert.All(result.Hits, hit => Assert.False(string.IsNullOrEmpty(hit.Title)));
    }

    [Fact]
    public void Search_10_kilobytes_of_text_still_finds_matches()
    {
        var query = string.Concat(Enumerable.Repeat("insurance ", 1024));

        Assert.Contains("title-insurance", Ids(index.Search(query)));
    }

    private static List<string> Ids(SearchResult result) => [.. result.Hits.Select(h => h.Id)];

    /// <summary>A fixed set of items, each written to test one ranking rule.</summary>
    public sealed class Items : IDisposable
    {
        public Items(SeedsFixture seeds)
        {
            Fixture = new SearchFixture(seeds.Taxonomy);
            const string Filler = "Cities shared their experience in workshops and trainings over several years. ";
            Fixture.Add("title-insurance", "Insurance for cities", Filler + Filler,
                fieldsJson: """{"clusters":["disaster-risk-reduction"],"countries":["CN"]}""");
            Fixture.Add("body-insurance", "A city programme", Filler + "It also mentions insurance once. " + Filler);
            Fixture.Add("phrase", "Risk transfer", Filler + "The catastrophe insurance mechanism was set up in 2014. " + Filler);
            Fixture.Add("scattered", "Risk transfer too", "A catastrophe happened. " + Filler + "Then a mechanism. " + Filler + "Insurance came later.");
            Fixture.Add("stems", "Rivers", "The floods of 2013 were the worst in a century.");
            Fixture.Add("sponge-zh", "宁波海绵城市", "台风过后，宁波作为国家试点推进海绵城市建设。", culture: "zh");
            Fixture.Add("tripoli-ar", "طرابلس", "تعزيز قدرة السلطات المحلية على إدارة مخاطر الكوارث.", culture: "ar");
            Fixture.Add("ningbo", "Ningbo", "Ningbo is a port city.");
            Fixture.Add("ningbo", "Ningbo 宁波", "宁波是一座港口城市。Ningbo", culture: "zh");
            Fixture.Add("news-insurance", "Insurance news", "News about insurance.", type: ContentTypes.News);
            Fixture.Add("scheduled", "Scheduled item", "This is scheduled.", published: DateTime.UtcNow.AddYears(1));
            Fixture.Add("markup", "Markup", "A body where 3 < 5 & 7 stand next to the word sanitiser.");
        }

        public SearchFixture Fixture { get; }

        public void Dispose() => Fixture.Dispose();
    }
}
