namespace Portal.Admin.Content;

/// <summary>The items the editor's pickers offer, read once per page.</summary>
public sealed record EditorChoices(IReadOnlyList<Choice> Clusters, IReadOnlyList<Choice> Cities, IReadOnlyList<Choice> Organizations);
