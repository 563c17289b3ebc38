namespace Portal.Admin.Content;

/// <summary>One option of a picker: the value stored and the label shown.</summary>
public sealed record Choice(string Value, string Label);
