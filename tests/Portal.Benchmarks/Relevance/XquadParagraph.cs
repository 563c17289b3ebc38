namespace Portal.Benchmarks.Relevance;

/// <summary>One paragraph of XQuAD in one culture: a content item, and the answer to its questions.</summary>
/// <param name="Id">The content id, shared by the paragraph's translations.</param>
/// <param name="Article">The Wikipedia article it comes from, in English: the paragraphs of one article are about one thing.</param>
public sealed record XquadParagraph(string Id, string Culture, string Title, string Text, string Article);
