namespace Portal.Benchmarks.Relevance;

/// <summary>How well the questions of one culture find their paragraph in the first ten hits.</summary>
/// <param name="Mrr">Mean reciprocal rank at 10: 1/rank of the paragraph, 0 past the tenth hit.</param>
/// <param name="RecallAt1">The share of questions whose paragraph is the first hit.</param>
/// <param name="RecallAt10">The share whose paragraph is among the first ten.</param>
public sealed record CultureScores(string Culture, int Questions, double Mrr, double RecallAt1, double RecallAt10)
{
    /// <param name="ranks">Per question, the paragraph's rank among the hits (1 is first), or null when it is not in the first ten.</param>
    public static CultureScores Of(string culture, IReadOnlyCollection<int?> ranks) => new(
        culture,
        ranks.Count,
        ranks.Average(r => r is { } rank ? 1.0 / rank : 0),
        ranks.Average(r => r == 1 ? 1.0 : 0),
        ranks.Average(r => r is not null ? 1.0 : 0));

    public override string ToString() => $"{Culture}: MRR@10 {Mrr:F3}, recall@1 {RecallAt1:F3}, recall@10 {RecallAt10:F3} ({Questions} questions)";
}
