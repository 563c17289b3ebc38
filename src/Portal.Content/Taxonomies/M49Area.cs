namespace Portal.Content.Taxonomies;

/// <summary>A UN M49 region, sub-region or intermediate region.</summary>
public sealed class M49Area
{
    public string Code { get; set; } = "";
    /// <summary>The parent region of a sub-region.</summary>
    public string? Region { get; set; }

    /// <summary>The parent sub-region of an intermediate region.</summary>
    public string? Subregion { get; set; }
    public LocalizedText Name { get; set; } = [];
}
