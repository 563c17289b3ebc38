using Portal.Content.Model;
using Portal.Search.Querying;
using Portal.Tests.Support;

namespace Portal.Tests.Search;

/// <summary>
/// Facets over searches that match most of what is public (counted from the segment's totals, less
/// what the search missed) and over searches that match little (counted match by match) agree with
/// what the items are, with items scheduled for later, replaced and in several segments.
/// </summary>
public sealed class FacetCounterTests : IClassFixture<FacetCounterTests.Items>
{
    private readonly SearchFixture index;

    public FacetCounterTests(Items items) => index = items.Fixture;

    [Fact]
    public void A_search_matching_nearly_everything_public_counts_each_facet_value_of_its_matches()
    {
        var result = index.Search("harbour");

        Assert.Equal(Items.Public - 1, result.Total);
        Assert.Equal(result.Total, result.Facets["type"].Sum(f => f.Count));
        Assert.Equal(Items.Public - Items.News, Count(result, "type", ContentTypes.CaseStudy));
        Assert.Equal(Items.News - 1, Count(result, "type", ContentTypes.News));
        Assert.Equal(Items.Public / 2, Count(result, "country", "CN"));
        Assert.Equal((Items.Public / 2) - 1, Count(result, "country", "BR"));
        Assert.Equal(Items.Public, Count(result, "cluster", "disaster-risk-reduction") + 1);
    }

    [Fact]
    public void A_search_matching_a_few_items_counts_them_alone()
    {
        var result = index.Search("lighthouse");

        Assert.Equal(2, result.Total);
        Assert.Equal([new FacetValue(ContentTypes.News, 2)], result.Facets["type"]);
    }

    [Fact]
    public void Items_scheduled_for_later_are_in_no_count()
    {
        var result = index.Search("harbour");

        Assert.DoesNotContain(result.Facets["country"], f => f.Value == "IN");
    }

    private static int Count(SearchResult result, string facet, string value) =>
        result.Facets[facet].SingleOrDefault(f => f.Value == value)?.Count ?? 0;

    public sealed class Items : IDisposable
    {
        public const int Public = 40;
        public const int News = 4;

        public Items(SeedsFixture seeds)
        {
            Fixture = new SearchFixture(seeds.Taxonomy);
            for (var i = 0; i < Public; i++)
            {
                var country = i % 2 == 0 ? "CN" : "BR";
                var (title, body) = i == 1 ? ("A quiet town", "Nothing here but a lighthouse.") : ($"Harbour {i}", "The harbour was rebuilt.");
                Fixture.Add($"item-{i}", title, body, type: i < News ? ContentTypes.News : ContentTypes.CaseStudy,
                    fieldsJson: $$"""{"clusters":["disaster-risk-reduction","sustainable-agriculture"],"countries":["{{country}}"]}""");
            }

            // Replaced: the first version's document is deleted, the second is the one counted.
            Fixture.Add("item-0", "Harbour 0 again", "The harbour was rebuilt once more, with a lighthouse.", type: ContentTypes.News,
                fieldsJson: """{"clusters":["disaster-risk-reduction"],"countries":["CN"]}""");
            Fixture.Add("later", "Harbour of tomorrow", "The harbour will be rebuilt.", published: DateTime.UtcNow.AddYears(1),
                fieldsJson: """{"clusters":["disaster-risk-reduction"],"countries":["IN"]}""");
        }

        public SearchFixture Fixture { get; }

        public void Dispose() => Fixture.Dispose();
    }
}
