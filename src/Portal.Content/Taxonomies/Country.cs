namespace Portal.Content.Taxonomies;

public sealed class Country
{
    public string Code { get; set; } = "";
    public string M49 { get; set; } = "";
    public string Region { get; set; } = "";
    public string Subregion { get; set; } = "";
    public string? IntermediateRegion { get; set; }
    public LocalizedText Name { get; set; } = [];
}
