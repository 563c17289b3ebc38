namespace Portal.Content.Taxonomies;

public sealed class HazardFamily
{
    public string Id { get; set; } = "";
    public LocalizedText Name { get; set; } = [];
}
