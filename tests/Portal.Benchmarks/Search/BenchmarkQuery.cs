namespace Portal.Benchmarks.Search;

/// <summary>
/// One query of the set: one to three words, or a quoted phrase, in <see cref="Words"/>, and perhaps
/// one facet filter (<c>type</c>, <c>cluster</c>, <c>country</c> or <c>hazard</c>) that the item the
/// words came from has, so that a filtered query still finds something. It is asked in the culture of
/// that item, as a reader of that language asks it on the site in that language.
/// </summary>
public sealed record BenchmarkQuery(IReadOnlyList<string> Words, bool IsPhrase, string Culture, string? Facet = null, string? FacetValue = null)
{
    /// <summary>What a person types into the search box.</summary>
    public string Text => IsPhrase ? $"\"{string.Join(' ', Words)}\"" : string.Join(' ', Words);

    public string ApiUrl =>
        $"/api/search?q={Uri.EscapeDataString(Text)}&culture={Culture}{(Facet is null ? "" : $"&{Facet}={Uri.EscapeDataString(FacetValue!)}")}";

    public override string ToString() => Facet is null ? $"{Text} ({Culture})" : $"{Text} ({Culture}) [{Facet}={FacetValue}]";
}
