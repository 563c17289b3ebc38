namespace Portal.Site.Rendering;

/// <summary>
/// What a handler hands to the renderer: the template, the page's own model, and what the head
/// needs (title, description, JSON-LD); <see cref="Translations"/> maps a culture to this page's URL in it.
/// </summary>
public sealed record PageView(string Template, string Title, string? Description, LiquidModel Model)
{
    public IReadOnlyDictionary<string, string>? Translations { get; init; }

    /// <summary>Set when the page is shown in another culture than the one asked for.</summary>
    public string? ShownCulture { get; init; }

    public string OpenGraphType { get; init; } = "website";

    public string? JsonLd { get; init; }

    public int Status { get; init; } = 200;

    /// <summary>
    /// A page for one person (a member's form, a signed link's page, the answer to a POST): it has no
    /// alternates to offer search engines, is not indexed, and its language switch leads to each
    /// culture's home, since the same address in another prefix would be someone's token or a POST.
    /// </summary>
    public bool Personal { get; init; }

    /// <summary>A version that is not public (the admin's preview): the page says so above everything else.</summary>
    public bool Draft { get; init; }
}
