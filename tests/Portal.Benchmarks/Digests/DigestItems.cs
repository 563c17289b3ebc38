using System.Globalization;
using Portal.Benchmarks.Generate;

namespace Portal.Benchmarks.Digests;

/// <summary>
/// The new items of the scenario: News files in one or two of the seven clusters, a third with a
/// Chinese and a quarter with an Arabic translation, published today, written beside the
/// repository's sample content so that the import verb makes them live.
/// </summary>
public static class DigestItems
{
    private static readonly string[] Places = ["Ningbo", "Tripoli", "Chengdu", "Shenzhen", "Chongqing", "Zhuhai", "Yuyao"];

    /// <summary>The cluster ids of the content folder: its <c>clusters/*.md</c> originals.</summary>
    public static IReadOnlyList<string> Clusters(string content) =>
        [.. Directory.EnumerateFiles(Path.Combine(content, "clusters"), "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => !name.Contains('.', StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    public static void Write(string content, int count, int seed)
    {
        var clusters = Clusters(content);
        var random = new Random(seed);
        var folder = Path.Combine(content, "news", "digest-benchmark");
        Directory.CreateDirectory(folder);
        var published = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (var i = 0; i < count; i++)
        {
            var id = $"digest-news-{i:D4}";
            var inClusters = clusters.OrderBy(_ => random.Next()).Take(random.Next(3) == 0 ? 2 : 1).Order(StringComparer.Ordinal);
            Write(Path.Combine(folder, $"{id}.md"), id, "en", published, inClusters, random);
            if (i % 3 == 0)
            {
                Write(Path.Combine(folder, $"{id}.zh.md"), id, "zh", published, inClusters, random);
            }

            if (i % 4 == 0)
            {
                Write(Path.Combine(folder, $"{id}.ar.md"), id, "ar", published, inClusters, random);
            }
        }
    }

    private static void Write(string path, string id, string culture, string published, IEnumerable<string> clusters, Random random)
    {
        var text = new TextComposer(random, LanguagePacks.For(culture), Places, ["flood", "drought"]);
        File.WriteAllText(path, $"""
            ---
            type: News
            id: {id}
            title: {YamlText.Quote(text.Title())}
            summary: {YamlText.Quote(text.Sentence())}
            published: {published}
            clusters: {YamlText.PlainList(clusters)}
            ---
            {text.Paragraph(3, 6)}

            """);
    }
}
