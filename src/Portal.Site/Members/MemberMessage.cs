namespace Portal.Site.Members;

/// <summary>
/// A member's page of a few paragraphs (<c>member-message</c>): what happened, what was asked, at most
/// one button that posts to <see cref="Action"/>, and the ways on. Text is plain: the template encodes it.
/// </summary>
public sealed record MemberMessage(string Heading, IReadOnlyList<string> Paragraphs)
{
    /// <summary>A list shown after the paragraphs (the clusters of a change).</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>Where the button posts; no button without it.</summary>
    public string? Action { get; init; }

    public string? Button { get; init; }

    public IReadOnlyList<(string Name, string Value)> Hidden { get; init; } = [];

    /// <summary>Paragraphs after the button.</summary>
    public IReadOnlyList<string> After { get; init; } = [];

    /// <summary>The ways on, the first the one most people want.</summary>
    public IReadOnlyList<(string Url, string Label)> Links { get; init; } = [];
}
