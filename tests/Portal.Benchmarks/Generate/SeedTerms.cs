using Portal.Content.Taxonomies;

namespace Portal.Benchmarks.Generate;

/// <summary>What generated files may refer to, taken from <c>seeds/</c> so that every hazard and country is valid.</summary>
public sealed class SeedTerms(Taxonomy taxonomy)
{
    private readonly Dictionary<string, string[]> hazardNames = new(StringComparer.Ordinal);

    public IReadOnlyList<string> CountryCodes { get; } = [.. taxonomy.Countries.Keys.Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> HazardIds { get; } = [.. taxonomy.Hazards.Keys.Order(StringComparer.Ordinal)];

    public bool IsCountry(string code) => taxonomy.Countries.ContainsKey(code);

    public string CountryName(string code) => taxonomy.Countries[code].Name.In("en");

    /// <summary>The hazards' names in one culture, in lower case where the language has case, for use inside sentences.</summary>
    public IReadOnlyList<string> HazardNames(string culture)
    {
        lock (hazardNames)
        {
            if (!hazardNames.TryGetValue(culture, out var names))
            {
                names = [.. HazardIds.Select(id => taxonomy.Hazards[id].Name.In(culture).ToLowerInvariant())];
                hazardNames[culture] = names;
            }

            return names;
        }
    }
}
