using Portal.Search.Querying;

namespace Portal.Tests.Search;

public sealed class UserQueryTests
{
    [Fact]
    public void Parse_reads_words_phrases_exclusions_filters_and_prefixes()
    {
        var query = UserQuery.Parse("flood \"sponge city\" -drought cluster:disaster-risk-reduction insur*");

        Assert.Equal(["flood"], query.Words);
        Assert.Equal(["sponge city"], query.Phrases);
        Assert.Equal(["drought"], query.Excluded);
        Assert.Equal([("cluster", "disaster-risk-reduction")], query.Filters);
        Assert.Equal(["insur"], query.Prefixes);
    }

    [Fact]
    public void Parse_unclosed_quote_reads_the_rest_as_a_phrase()
    {
        Assert.Equal(["sponge city"], UserQuery.Parse("\"sponge city").Phrases);
    }

    [Fact]
    public void Parse_unknown_field_is_a_plain_word()
    {
        var query = UserQuery.Parse("author:smith field:");

        Assert.Empty(query.Filters);
        Assert.Equal(["author:smith", "field:"], query.Words);
    }

    [Fact]
    public void Parse_drops_operators_control_characters_and_stray_symbols()
    {
        var query = UserQuery.Parse("AND OR \u0007 * ( flood~ )");

        Assert.Equal(["flood"], query.Words);
        Assert.False(query.Prefixes.Any());
    }

    [Fact]
    public void Parse_keeps_at_most_the_first_thousand_characters()
    {
        var query = UserQuery.Parse(new string('a', 5000) + " flood");

        Assert.DoesNotContain("flood", query.Words);
        Assert.Equal(UserQuery.MaxLength, query.Words.Single().Length);
    }
}
