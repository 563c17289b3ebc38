using Portal.Content.Types;

namespace Portal.Content.ReadModel;

/// <summary>
/// One item in one culture as the public sees it (or will, once its moment comes): its public
/// version's title, summary and fields, parsed once, and the terms it is filed under.
/// </summary>
public sealed class PublicEntry
{
    public required string ContentId { get; init; }

    public required string Type { get; init; }

    public required string Culture { get; init; }

    public required string Slug { get; init; }

    /// <summary>The item's publication moment: public from then on.</summary>
    public required DateTime PublishedUtc { get; init; }

    public required int Version { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    public required ContentFields Fields { get; init; }

    /// <summary>The year the item is filed under in filters (<see cref="ContentFields.OwnYear"/>), worked out once.</summary>
    public int? Year { get; init; }

    /// <summary>Each term as <see cref="TermKey"/>.</summary>
    public required IReadOnlySet<string> Terms { get; init; }

    public static string TermKey(string kind, string value) => $"{kind}\u001f{value}";

    public bool HasTerm(string kind, string value) => Terms.Contains(TermKey(kind, value));
}
