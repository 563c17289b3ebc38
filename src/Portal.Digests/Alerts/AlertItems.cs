using Portal.Digests.Composition;

namespace Portal.Digests.Alerts;

/// <summary>An alert and the new items it found that one mail carries.</summary>
public sealed record AlertItems(SearchAlert Alert, IReadOnlyList<LiveItem> Items);
