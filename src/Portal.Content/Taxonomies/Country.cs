namespace Portal.Content.Taxonomies;

public sealed class Country
{
    public string Code { get; set; } = "";
    public string M49 { get; set; } = "";
    public string Region { get; set; } = "";
    public string Subregion { get; set; } = "";
    public string? IntermediateRegion { get; set; }
    public LocalizedText Name { get; set; } = [];

    /// <summary>The M49 areas the country lies in: its region, its subregion and its intermediate region where it has one.</summary>
    public IEnumerable<string> Areas() => new[] { Region, Subregion, IntermediateRegion }.Where(area => !string.IsNullOrEmpty(area))!;
}
