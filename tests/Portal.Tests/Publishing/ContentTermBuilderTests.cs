using Portal.Content.Model;
using Portal.Content.Publishing;
using Portal.Content.Types;
using Portal.Tests.Support;

namespace Portal.Tests.Publishing;

public sealed class ContentTermBuilderTests(SeedsFixture seeds)
{
    private readonly ContentTermBuilder builder = new(seeds.Taxonomy, new Portal.Content.Types.ContentTypeCatalog(Portal.Content.Types.BuiltInContentTypes.All));

    [Fact]
    public void Terms_ListFields_BecomeTermsOfTheirKind()
    {
        var terms = builder.Terms("CaseStudy", ContentFields.Parse("""
            {"type":"CaseStudy","title":"Sponge city","clusters":["disaster-risk-reduction"],"cities":["ningbo","yuyao"],
             "organizations":["picc"],"hazards":["flood","tropical-cyclone"],"sdgs":[6,11],"tags":["sponge city"]}
            """));

        Assert.Equal(
            new HashSet<(string, string)>
            {
                (TermKinds.Cluster, "disaster-risk-reduction"),
                (TermKinds.City, "ningbo"),
                (TermKinds.City, "yuyao"),
                (TermKinds.Organization, "picc"),
                (TermKinds.Hazard, "flood"),
                (TermKinds.Hazard, "tropical-cyclone"),
                (TermKinds.Sdg, "6"),
                (TermKinds.Sdg, "11"),
                (TermKinds.Tag, "sponge city"),
            },
            terms.ToHashSet());
    }

    [Fact]
    public void Terms_Countries_AddTheirRegionAndSubregionOnce()
    {
        var terms = builder.Terms("CaseStudy", ContentFields.Parse("""{"countries":["CN","LB"]}"""));

        Assert.Equal(
            new HashSet<(string, string)>
            {
                (TermKinds.Country, "CN"),
                (TermKinds.Country, "LB"),
                (TermKinds.Region, "142"),
                (TermKinds.Region, "030"),
                (TermKinds.Region, "145"),
            },
            terms.ToHashSet());
        Assert.Equal(5, terms.Count);
    }

    [Fact]
    public void Terms_CountryWithIntermediateRegion_AddsItToo()
    {
        var terms = builder.Terms("CaseStudy", ContentFields.Parse("""{"countries":["BR"]}""")).ToHashSet();

        Assert.Contains((TermKinds.Region, "019"), terms);
        Assert.Contains((TermKinds.Region, "419"), terms);
        Assert.Contains((TermKinds.Region, "005"), terms);
    }

    [Fact]
    public void Terms_CountryOutsideAnyRegion_AddsNoEmptyRegion()
    {
        var terms = builder.Terms("CaseStudy", ContentFields.Parse("""{"countries":["AQ"]}"""));

        Assert.Equal([(TermKinds.Country, "AQ")], terms);
    }

    [Fact]
    public void Terms_CityCountry_IsACountryTermWithItsRegions()
    {
        var terms = builder.Terms("City", ContentFields.Parse("""{"type":"City","title":"Tripoli","country":"LB","region":"North Governorate","population":200000}"""));

        Assert.Equal(
            new HashSet<(string, string)>
            {
                (TermKinds.Country, "LB"),
                (TermKinds.Region, "142"),
                (TermKinds.Region, "145"),
            },
            terms.ToHashSet());
    }

    [Fact]
    public void Terms_NoClassifyingFields_GivesNoTerms()
    {
        Assert.Empty(builder.Terms("Page", ContentFields.Parse("""{"type":"Page","title":"About","summary":"Who we are."}""")));
    }
}
