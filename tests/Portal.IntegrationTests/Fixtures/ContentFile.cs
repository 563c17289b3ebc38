namespace Portal.IntegrationTests.Fixtures;

/// <summary>Small content files for the tests: front-matter lines between <c>---</c>, then a body.</summary>
public static class ContentFile
{
    /// <summary>The file: line 1 is <c>---</c>, the fields are lines 2, 3... in the order given.</summary>
    public static string Of(string body, params string[] fields) =>
        $"---\n{string.Join('\n', fields)}\n---\n{body}\n";

    /// <summary>A minimal valid, published Cluster.</summary>
    public static string Cluster(string title, params string[] moreFields) =>
        Of("Body text", ["type: Cluster", $"title: {title}", "published: 2024-01-01", .. moreFields]);

    /// <summary>A minimal valid, published News item.</summary>
    public static string News(string title, string body = "Body text") =>
        Of(body, "type: News", $"title: {title}", "published: 2024-03-01");

    /// <summary>Writes <paramref name="count"/> published News items into a site's content folder, to push a listing past its largest page.</summary>
    public static void WriteBulletins(PortalApp app, int count)
    {
        ArgumentNullException.ThrowIfNull(app);
        for (var i = 0; i < count; i++)
        {
            app.WriteContent($"news/bulletin-{i}.md", News($"Bulletin {i}"));
        }
    }

    /// <summary>
    /// Bodies of about 100 KB (far under the size limit) that nest past Markdig's depth limit: they
    /// once crashed the import, the first start and the editor.
    /// </summary>
    public static IReadOnlyDictionary<string, string> NestedTooDeeply { get; } = new Dictionary<string, string>
    {
        ["quotes"] = new('>', 100_000),
        ["brackets"] = new string('[', 50_000) + new string(']', 50_000),
        ["emphasis"] = string.Concat(Enumerable.Repeat("*a ", 30_000)),
    };

    /// <summary>
    /// One News file <c>news/NAME.md</c> for each of <see cref="NestedTooDeeply"/> (its body on line 6),
    /// and two good clusters, <c>floods</c> and <c>heat</c>.
    /// </summary>
    public static IEnumerable<(string Path, string Text)> NestedTooDeeplyBesideGoodFiles() =>
    [
        .. NestedTooDeeply.Select(deep => ($"news/{deep.Key}.md", Of(deep.Value, "type: News", $"title: {deep.Key}", "published: 2024-01-01"))),
        ("clusters/floods.md", Cluster("Floods")),
        ("clusters/heat.md", Cluster("Heat")),
    ];
}
