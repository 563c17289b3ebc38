namespace Portal.Search.Querying;

/// <param name="Snippet">HTML: encoded text with the words found in <c>&lt;mark&gt;</c>.</param>
public sealed record SearchHit(string Id, string Type, string Title, string Url, string Culture, string Snippet, float Score, DateTime Published);
