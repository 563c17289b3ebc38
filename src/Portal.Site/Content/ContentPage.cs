namespace Portal.Site.Content;

/// <summary>An item to show on its own page: its card, its HTML and the cultures it is published in.</summary>
public sealed record ContentPage(ContentCard Card, string Html, IReadOnlyList<Translation> Translations);
