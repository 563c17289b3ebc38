namespace Portal.Content.Taxonomies;

/// <summary>A goal or essential known by its number: the SDGs, the Ten Essentials.</summary>
public sealed class NumberedTerm
{
    public int Number { get; set; }
    public LocalizedText Name { get; set; } = [];
    public string? Colour { get; set; }
}
