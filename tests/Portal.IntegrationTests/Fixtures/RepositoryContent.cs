using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Portal.IntegrationTests.Fixtures;

/// <summary>
/// The files of the repository's content/ as they are when the tests run, read plainly (not with
/// the portal's reader), so that tests do not hard-code content that others are still writing.
/// </summary>
public static class RepositoryContent
{
    /// <summary>Every content file with its id, culture and top-level scalar fields.</summary>
    public static IReadOnlyList<ContentFileInfo> Files { get; } = Read();

    /// <summary>Published (not scheduled) files of a culture.</summary>
    public static IEnumerable<ContentFileInfo> Published(string culture) =>
        Files.Where(f => f.Culture == culture && f.Published is { } date && date <= DateTime.UtcNow);

    private static List<ContentFileInfo> Read()
    {
        var files = new List<ContentFileInfo>();
        foreach (var path in Directory.EnumerateFiles(Repository.Content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(path);
            var end = Array.IndexOf(lines, "---", 1);
            if (lines.Length == 0 || lines[0] != "---" || end < 0)
            {
                continue;
            }

            var yaml = new YamlStream();
            yaml.Load(new StringReader(string.Join('\n', lines[1..end])));
            var fields = ((YamlMappingNode)yaml.Documents[0].RootNode).Children
                .Where(pair => pair.Value is YamlScalarNode)
                .ToDictionary(pair => ((YamlScalarNode)pair.Key).Value!, pair => ((YamlScalarNode)pair.Value).Value ?? "", StringComparer.Ordinal);
            var name = Path.GetFileNameWithoutExtension(path);
            var dot = name.LastIndexOf('.');
            var nameCulture = dot > 0 ? name[(dot + 1)..] : null;
            var id = fields.GetValueOrDefault("id") ?? (dot > 0 ? name[..dot] : name);
            var culture = fields.GetValueOrDefault("culture") ?? nameCulture ?? "en";
            DateTime? published = fields.TryGetValue("published", out var text)
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                ? date.UtcDateTime
                : null;
            files.Add(new ContentFileInfo(path, id, culture, fields.GetValueOrDefault("type") ?? "", fields.GetValueOrDefault("title") ?? "", published));
        }

        return files;
    }
}
