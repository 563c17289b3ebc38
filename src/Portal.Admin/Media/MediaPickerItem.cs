namespace Portal.Admin.Media;

/// <summary>One file as the editor's picker sees it.</summary>
public sealed record MediaPickerItem(string Url, string? Alt, string Name, string ContentType);
