namespace Portal.Content.Taxonomies;

/// <summary>A name in several cultures; asking for a missing culture falls back to English.</summary>
public sealed class LocalizedText : Dictionary<string, string>
{
    public LocalizedText() : base(StringComparer.Ordinal)
    {
    }

    public string In(string culture) =>
        TryGetValue(culture, out var text) ? text : TryGetValue("en", out var english) ? english : Values.FirstOrDefault() ?? "";
}
