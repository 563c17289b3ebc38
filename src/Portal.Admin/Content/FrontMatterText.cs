namespace Portal.Admin.Content;

/// <summary>A form written as a content file, and the file line each front-matter key is on (and <c>body</c> the line the body starts on).</summary>
public sealed record FrontMatterText(string Text, IReadOnlyDictionary<int, string> KeyByLine);
