namespace Portal.Content.Publishing;

/// <summary>One thing that happened to an item, told to every <see cref="IContentChangeHandler"/>.</summary>
public sealed record ContentChange(string ContentId, string Culture, string Type, ContentChangeKind Kind);
