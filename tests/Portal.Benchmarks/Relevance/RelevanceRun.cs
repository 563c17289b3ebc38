using System.Globalization;
using System.Text.Json.Nodes;

namespace Portal.Benchmarks.Relevance;

/// <summary>Asks every question of the set through <c>/api/search</c> with its culture, and scores where its paragraph comes.</summary>
public static class RelevanceRun
{
    public const int Depth = 10;

    /// <summary>Waits until the site's index holds every paragraph of the set (the queue indexes after the import).</summary>
    public static async Task WaitUntilIndexedAsync(HttpClient client, XquadSet set, TimeSpan limit, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + limit;
        var total = 0;
        while (total < set.Paragraphs.Count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the index holds {total} of the {set.Paragraphs.Count} paragraphs after {limit.TotalSeconds:F0} s");
            }

            await Task.Delay(100, cancellationToken);
            var answer = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/search?type=Page&size=1", UriKind.Relative), cancellationToken))!;
            total = (int)answer["total"]!;
        }
    }

    /// <summary>The scores per culture, in the set's order of cultures; two questions at a time, as a site takes them.</summary>
    public static async Task<IReadOnlyList<CultureScores>> RunAsync(HttpClient client, XquadSet set, CancellationToken cancellationToken)
    {
        var ranks = new int?[set.Questions.Count];
        await Parallel.ForAsync(0, set.Questions.Count, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken }, async (i, token) =>
        {
            var question = set.Questions[i];
            var url = string.Create(CultureInfo.InvariantCulture, $"/api/search?culture={question.Culture}&size={Depth}&q={Uri.EscapeDataString(question.Text)}");
            var answer = JsonNode.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative), token))!;
            var hits = answer["hits"]!.AsArray();
            for (var rank = 1; rank <= hits.Count; rank++)
            {
                if ((string)hits[rank - 1]!["id"]! == question.ParagraphId && (string)hits[rank - 1]!["culture"]! == question.Culture)
                {
                    ranks[i] = rank;
                    break;
                }
            }
        });

        return [.. XquadSet.Cultures.Select(culture => CultureScores.Of(
            culture,
            [.. Enumerable.Range(0, ranks.Length).Where(i => set.Questions[i].Culture == culture).Select(i => ranks[i])]))];
    }
}
