namespace Portal.Search.Api;

public sealed record Suggestion(string Title, string Url, string Type, string Culture);
