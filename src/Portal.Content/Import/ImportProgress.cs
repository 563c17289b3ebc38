namespace Portal.Content.Import;

/// <summary>How far an import is: <paramref name="Done"/> of <paramref name="Total"/> files in a phase.</summary>
public sealed record ImportProgress(string Phase, int Done, int Total);
