namespace Portal.Site.Theming;

/// <summary><c>Portal:Site</c>: the limits every render runs under.</summary>
public sealed class SiteOptions
{
    public const string Section = "Portal:Site";

    public int MaxSteps { get; set; } = 1_000_000;

    /// <summary>The longest one render may take, in milliseconds.</summary>
    public int TimeoutMilliseconds { get; set; } = 5_000;

    /// <summary>The most characters one page may have.</summary>
    public int MaxOutputChars { get; set; } = 4_000_000;

    /// <summary>How long a page stays in the output cache when no content changes.</summary>
    public int CacheSeconds { get; set; } = 600;

    /// <summary>Whether pages are kept in the output cache: off only to measure or debug the rendering itself.</summary>
    public bool OutputCache { get; set; } = true;
}
