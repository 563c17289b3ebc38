namespace Portal.Content.Taxonomies;

/// <summary>The set-up data of <c>seeds/</c>: what content may refer to, and the site's settings.</summary>
public sealed class Taxonomy
{
    public required SiteSettings Site { get; init; }
    public required IReadOnlyDictionary<string, Country> Countries { get; init; }
    public required IReadOnlyDictionary<string, M49Area> Regions { get; init; }
    public required IReadOnlyDictionary<string, M49Area> Subregions { get; init; }
    public required IReadOnlyDictionary<string, M49Area> IntermediateRegions { get; init; }
    public required IReadOnlyDictionary<string, Hazard> Hazards { get; init; }
    public required IReadOnlyList<HazardFamily> HazardFamilies { get; init; }
    public required IReadOnlyDictionary<int, NumberedTerm> Sdgs { get; init; }
    public required IReadOnlyDictionary<int, NumberedTerm> Essentials { get; init; }
    public required IReadOnlyList<RoleDefinition> Roles { get; init; }

    /// <summary>The codes of the countries in an M49 region, subregion or intermediate region.</summary>
    public IReadOnlyList<string> CountriesIn(string area) => [.. Countries.Values.Where(c => c.Areas().Contains(area)).Select(c => c.Code)];

    public bool IsContentCulture(string culture) => Site.ContentCultures.Contains(culture);

    /// <summary>What an API answers for a culture it does not serve; null for none asked or one it serves.</summary>
    public string? UnknownCulture(string? culture) =>
        culture is null || IsContentCulture(culture) ? null : $"culture '{culture}' is unknown; expected one of {string.Join(", ", Site.ContentCultures)}";
}
