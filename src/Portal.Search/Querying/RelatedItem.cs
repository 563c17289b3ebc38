namespace Portal.Search.Querying;

/// <summary>An item related to another, as an item page or <c>/api/search/related</c> lists it.</summary>
public sealed record RelatedItem(string Id, string Type, string Title, string Url, string Culture);
