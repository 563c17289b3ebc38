namespace Portal.Benchmarks.Relevance;

/// <summary>How often the first related items of a paragraph are other paragraphs of its article, in one culture.</summary>
/// <param name="MoreLikeThis">The share of the first three related items that the site lists (<c>/api/search/related</c>) from the paragraph's article.</param>
/// <param name="SameCluster">The same share for the list the site had before: the newest items of the paragraph's clusters, ties by id.</param>
public sealed record RelatedScores(string Culture, int Paragraphs, double MoreLikeThis, double SameCluster)
{
    public override string ToString() => $"{Culture}: related items of the same article in the first three, more-like-this {MoreLikeThis:F3}, same cluster {SameCluster:F3} ({Paragraphs} paragraphs)";
}
