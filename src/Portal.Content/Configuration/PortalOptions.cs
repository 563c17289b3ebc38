namespace Portal.Content.Configuration;

/// <summary>The <c>Portal</c> configuration section. Paths are absolute once the host has resolved them.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    public string DataPath { get; set; } = "App_Data";
    public string ContentPath { get; set; } = "content";
    public string SeedsPath { get; set; } = "seeds";
    public string Theme { get; set; } = "Galaxy";

    /// <summary>The folder holding the themes, one sub-folder each.</summary>
    public string ThemesPath { get; set; } = "themes";
    public string? BaseUrl { get; set; }
    public DatabaseOptions Database { get; set; } = new();
}
