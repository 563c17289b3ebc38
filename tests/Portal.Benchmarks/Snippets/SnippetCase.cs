namespace Portal.Benchmarks.Snippets;

/// <summary>One body and query of the fixed quality set, with what a good snippet of it must show.</summary>
/// <param name="Marked">Words (as written in the body) that must each be inside a <c>&lt;mark&gt;</c>.</param>
/// <param name="StartsWith">How the visible text must begin (the sentence that holds the match), when it matters.</param>
/// <param name="Forbidden">Visible text that means two blocks or sentences were run together.</param>
public sealed record SnippetCase(string Name, string Culture, string Markdown, string Query, IReadOnlyList<string> Marked,
    string? StartsWith = null, IReadOnlyList<string>? Forbidden = null);
