using System.Security.Cryptography;

namespace Portal.Site.Theming;

/// <summary>The theme's assets, each with a version taken from its content, so that they can be cached for a year.</summary>
public sealed class ThemeAssets
{
    public const string RequestPath = "/theme";

    private readonly Dictionary<string, string> urls = new(StringComparer.Ordinal);

    public ThemeAssets(ThemeFolder theme)
    {
        if (!Directory.Exists(theme.Assets))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(theme.Assets, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(theme.Assets, file).Replace('\\', '/');
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))[..12];
            urls[relative] = $"{RequestPath}/{relative}?v={hash}";
        }
    }

    /// <summary>Asset path to versioned URL, for templates: <c>{{ assets["site.css"] }}</c>.</summary>
    public IReadOnlyDictionary<string, string> Urls => urls;
}
