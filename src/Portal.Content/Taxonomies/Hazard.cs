namespace Portal.Content.Taxonomies;

public sealed class Hazard
{
    public string Id { get; set; } = "";
    public string Family { get; set; } = "";
    public LocalizedText Name { get; set; } = [];
}
