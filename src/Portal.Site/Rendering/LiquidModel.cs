namespace Portal.Site.Rendering;

/// <summary>What a template sees: names in snake_case, values strings, numbers, lists or nested models.</summary>
public sealed class LiquidModel : Dictionary<string, object?>
{
    public LiquidModel() : base(StringComparer.Ordinal)
    {
    }
}
