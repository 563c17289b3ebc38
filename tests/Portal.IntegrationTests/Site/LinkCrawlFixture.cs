using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Site;

/// <summary>
/// The site on SQLite with the repository's content and, beside it, content in the cultures it does not
/// serve (fr, es, ru): a French translation with its own slug, and items written only in French, Spanish
/// or Russian, all in a cluster, so that pages, feeds, the API and digests link them.
/// </summary>
public sealed class LinkCrawlFixture : IAsyncLifetime
{
    public PortalApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = await PortalApp.CreateAsync(SqliteFiles.Instance, withRepositoryContent: true);
        App.WriteContent("news/unossc-visit-ndrcc-2023.fr.md", ContentFile.Of(
            "La directrice du [UNOSSC](/organizations/unossc) a visité le centre national de réduction des risques de catastrophe.",
            "type: News", "title: Visite de la directrice du UNOSSC au NDRCC", "slug: visite-unossc-ndrcc-2023", "published: 2023-10-18", "clusters: [disaster-risk-reduction]"));
        App.WriteContent("news/resilience-urbaine-sud-sud.fr.md", ContentFile.Of(
            "Des villes du Sud partagent leurs plans de résilience face aux inondations.",
            "type: News", "title: Résilience urbaine Sud-Sud face aux inondations", "published: 2026-11-20", "clusters: [disaster-risk-reduction]", "cities: [ningbo]"));
        App.WriteContent("news/ciudades-resilientes.es.md", ContentFile.Of(
            "Ciudades del Sur comparten sus planes contra las inundaciones.",
            "type: News", "title: Ciudades resilientes ante las inundaciones", "published: 2026-11-21", "clusters: [disaster-risk-reduction]"));
        App.WriteContent("news/ustoichivye-goroda.ru.md", ContentFile.Of(
            "Города Юга делятся планами защиты от наводнений.",
            "type: News", "title: Устойчивые города и наводнения", "published: 2026-11-22", "clusters: [disaster-risk-reduction]"));
        var report = await App.ImportAsync();
        Assert.True(report.Succeeded, string.Join(Environment.NewLine, report.Problems));

        // The search API and the related items read the index, which follows the imports through its queue.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await App.GetJsonAsync("/api/search?q=inondations&culture=fr"))["total"]!.GetValue<int>() == 0
            || (await App.GetJsonAsync("/api/search?q=flood"))["total"]!.GetValue<int>() == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the search index did not catch up with the imports");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
