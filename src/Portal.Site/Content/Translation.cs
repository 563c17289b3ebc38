namespace Portal.Site.Content;

public sealed record Translation(string Culture, string Url);
