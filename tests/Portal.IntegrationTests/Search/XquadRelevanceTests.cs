using Portal.Benchmarks.Relevance;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Search;

/// <summary>
/// Search quality on a real multilingual set: the XQuAD paragraphs kept in <c>../shared/data/xquad</c>
/// imported as pages, every question asked through <c>/api/search</c> in its culture. The floors sit
/// a little under what the chosen analysers reach (docs/performance.md, "Relevance"), so that a
/// change which costs a culture its answers fails here.
/// </summary>
public sealed class XquadRelevanceTests
{
    /// <summary>Recall@10 and MRR@10 each culture must keep: 0.02 and 0.03 under the figures of 3 December 2026.</summary>
    private static readonly Dictionary<string, (double RecallAt10, double Mrr)> Floors = new(StringComparer.Ordinal)
    {
        ["en"] = (0.97, 0.91),
        ["zh"] = (0.97, 0.93),
        ["ar"] = (0.97, 0.89),
        ["es"] = (0.97, 0.91),
        ["ru"] = (0.97, 0.91),
    };

    /// <summary>The share of a paragraph's first three related items from its own article each culture must keep: 0.05 under the figures of 3 December 2026.</summary>
    private static readonly Dictionary<string, double> RelatedFloors = new(StringComparer.Ordinal)
    {
        ["en"] = 0.90,
        ["zh"] = 0.86,
        ["ar"] = 0.90,
        ["es"] = 0.90,
        ["ru"] = 0.86,
    };

    [Fact]
    public async Task Every_culture_finds_the_paragraph_that_answers_its_questions()
    {
        var set = XquadSet.Read(XquadSet.DefaultFolder(Repository.Root));
        await using var app = await ImportAsync(set);
        using var client = app.CreateClient();

        var scores = await RelevanceRun.RunAsync(client, set, TestContext.Current.CancellationToken);

        var summary = string.Join('\n', scores);
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Assert.All(scores, culture =>
        {
            Assert.True(culture.RecallAt10 >= Floors[culture.Culture].RecallAt10, $"recall@10 of {culture.Culture} under its floor {Floors[culture.Culture].RecallAt10}:\n{summary}");
            Assert.True(culture.Mrr >= Floors[culture.Culture].Mrr, $"MRR@10 of {culture.Culture} under its floor {Floors[culture.Culture].Mrr}:\n{summary}");
        });
    }

    [Fact]
    public async Task A_paragraphs_related_items_are_the_other_paragraphs_of_its_article_in_every_culture()
    {
        var set = XquadSet.Read(XquadSet.DefaultFolder(Repository.Root));
        await using var app = await ImportAsync(set);
        using var client = app.CreateClient();

        var scores = await RelatedRun.RunAsync(client, set, TestContext.Current.CancellationToken);

        var summary = string.Join('\n', scores);
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Assert.All(scores, culture =>
        {
            Assert.True(culture.MoreLikeThis >= RelatedFloors[culture.Culture], $"related items of {culture.Culture} under their floor {RelatedFloors[culture.Culture]}:\n{summary}");
            Assert.True(culture.MoreLikeThis > culture.SameCluster, $"related items of {culture.Culture} no better than the same-cluster list:\n{summary}");
        });
    }

    private static async Task<PortalApp> ImportAsync(XquadSet set)
    {
        var app = await PortalApp.CreateAsync(SqliteFiles.Instance);
        set.WriteContent(app.ContentPath, app.OutsidePath);
        var report = await app.ImportAsync();
        Assert.True(report.Problems.Count == 0, string.Join('\n', report.Problems));
        using var client = app.CreateClient();
        await RelevanceRun.WaitUntilIndexedAsync(client, set, TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        return app;
    }
}
