namespace Portal.Templating;

/// <summary>HTML that is already safe (sanitised Markdown, rendered templates, JSON-LD): written as it is, where every other string is encoded.</summary>
public sealed record RawHtml(string Html);
