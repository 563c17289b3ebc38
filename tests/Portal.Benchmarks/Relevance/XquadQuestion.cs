namespace Portal.Benchmarks.Relevance;

/// <summary>A question of XQuAD, asked in its culture; the paragraph it was written for is the one right answer.</summary>
public sealed record XquadQuestion(string Culture, string Text, string ParagraphId);
