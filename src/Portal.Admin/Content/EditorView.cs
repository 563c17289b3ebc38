namespace Portal.Admin.Content;

/// <summary>What the editor's fields partial shows: the form, for which type, its pickers and what was refused.</summary>
public sealed record EditorView(string Type, ContentForm Form, bool IsNew, EditorChoices Items, ContentChoices Choices, IReadOnlyList<EditorProblem> Problems)
{
    /// <summary>Blank rows offered below the filled ones, for sources and partners.</summary>
    public const int BlankRows = 2;

    /// <summary>The cultures a new item's form offers: all content cultures, or for a translation those the site serves.</summary>
    public IReadOnlyList<string>? CulturesOffered { get; init; }

    public string? ProblemOf(string field) => Problems.FirstOrDefault(p => p.Field == field)?.Message;
}
