using System.Globalization;
using System.Text.Json.Nodes;

namespace Portal.Benchmarks.Relevance;

/// <summary>
/// Asks <c>/api/search/related</c> for the first three related items of every paragraph of the set, in
/// its culture, and counts those from the paragraph's own article (it has four other paragraphs, so
/// three of three is within reach).
/// </summary>
public static class RelatedRun
{
    public const int Depth = 3;

    /// <summary>
    /// XQuAD's paragraphs have no cluster, and the list the site had before (the newest case studies of
    /// the item's clusters) would be empty for every one of them. For a figure of that rule, the
    /// articles are filed under as many clusters as the portal has, dealt in turn, and the rule is
    /// applied as the site applied it: all paragraphs have the same date, so the first by id.
    /// </summary>
    public const int Clusters = 7;

    public static async Task<IReadOnlyList<RelatedScores>> RunAsync(HttpClient client, XquadSet set, CancellationToken cancellationToken)
    {
        var shares = new double[set.Paragraphs.Count];
        var articleOf = set.Paragraphs.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().Article, StringComparer.Ordinal);
        await Parallel.ForAsync(0, set.Paragraphs.Count, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken }, async (i, token) =>
        {
            var paragraph = set.Paragraphs[i];
            var url = string.Create(CultureInfo.InvariantCulture, $"/api/search/related?id={Uri.EscapeDataString(paragraph.Id)}&culture={paragraph.Culture}&size={Depth}");
            var related = JsonNode.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative), token))!.AsArray();
            shares[i] = related.Count(r => articleOf.GetValueOrDefault((string)r!["id"]!) == paragraph.Article) / (double)Depth;
        });

        var sameCluster = SameCluster(set);
        return [.. XquadSet.Cultures.Select(culture =>
        {
            var of = Enumerable.Range(0, shares.Length).Where(i => set.Paragraphs[i].Culture == culture).ToList();
            return new RelatedScores(culture, of.Count, of.Average(i => shares[i]), of.Average(i => sameCluster[i]));
        })];
    }

    /// <summary>Per paragraph, the share of its article among the first three others of its cluster by id.</summary>
    private static double[] SameCluster(XquadSet set)
    {
        var articles = set.Paragraphs.Select(p => p.Article).Distinct(StringComparer.Ordinal).ToList();
        var clusterOf = articles.Select((article, n) => (article, n % Clusters)).ToDictionary(a => a.article, a => a.Item2, StringComparer.Ordinal);
        return [.. set.Paragraphs.Select(paragraph => set.Paragraphs
            .Where(p => p.Culture == paragraph.Culture && p.Id != paragraph.Id && clusterOf[p.Article] == clusterOf[paragraph.Article])
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .Take(Depth)
            .Count(p => p.Article == paragraph.Article) / (double)Depth)];
    }
}
