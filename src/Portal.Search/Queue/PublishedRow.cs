using Portal.Content.Model;

namespace Portal.Search.Queue;

/// <summary>An item with its public version, as the indexer reads them.</summary>
public sealed record PublishedRow(ContentItem Item, ContentVersion Version);
