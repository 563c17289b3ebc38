namespace Portal.Content.Taxonomies;

public sealed class SiteSettings
{
    public LocalizedText Name { get; set; } = [];
    public LocalizedText Tagline { get; set; } = [];
    public string DefaultCulture { get; set; } = "en";

    /// <summary>The cultures the public site offers.</summary>
    public List<string> Cultures { get; set; } = ["en"];

    /// <summary>The cultures content files may be written in.</summary>
    public List<string> ContentCultures { get; set; } = ["en", "zh", "ar", "fr", "es", "ru"];
}
