namespace Portal.Admin.History;

/// <summary>One line of a comparison: kept, removed from the older version, or added in the newer.</summary>
public sealed record DiffLine(DiffKind Kind, string Text);
