namespace Portal.Search.Api;

public sealed record SearchError(string Error);
