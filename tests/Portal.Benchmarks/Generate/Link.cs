namespace Portal.Benchmarks.Generate;

/// <summary>A Markdown link the body may cite: another generated item or an outside source.</summary>
public sealed record Link(string Title, string Url);
