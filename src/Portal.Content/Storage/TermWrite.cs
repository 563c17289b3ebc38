namespace Portal.Content.Storage;

/// <summary>The terms an item has from now on; a new item has none to delete first.</summary>
public sealed record TermWrite(bool IsNew, IReadOnlyList<(string Kind, string Value)> Terms);
