using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Site;

/// <summary>One site on SQLite with the repository's content, shared by the read-only page tests of a class.</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public PortalApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = await PortalApp.CreateAsync(SqliteFiles.Instance, withRepositoryContent: true);

        // The search page reads the index, which follows the first import through its queue.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await App.GetJsonAsync("/api/search?q=flood"))["total"]!.GetValue<int>() == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the search index did not catch up with the import");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
