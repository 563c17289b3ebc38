namespace Portal.Admin.Media;

/// <summary>The answer of <c>GET /admin/media/list</c>.</summary>
public sealed record MediaPickerList(IReadOnlyList<MediaPickerItem> Items);
