using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Import;
using Portal.Content.Storage;

namespace Portal.IntegrationTests.Fixtures;

/// <summary>
/// The whole site in memory, for one test: its own data folder, its own content folder (empty, or
/// a copy of the repository's content/), the repository's seeds/, and its own database.
/// The site is started on creation, which migrates and imports the content folder.
/// </summary>
public sealed class PortalApp : WebApplicationFactory<Program>
{
    private readonly string root;
    private readonly IDatabaseSource database;
    private readonly string? connectionString;
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? configureServices;
    private bool ownsStorage = true;

    private PortalApp(IDatabaseSource database, string? connectionString, IReadOnlyDictionary<string, string?>? settings, string? root = null, Action<IServiceCollection>? configureServices = null)
    {
        this.database = database;
        this.connectionString = connectionString;
        this.settings = settings ?? new Dictionary<string, string?>();
        this.configureServices = configureServices;
        this.root = root ?? Directory.CreateTempSubdirectory("portal-test-").FullName;
        Directory.CreateDirectory(DataPath);
        Directory.CreateDirectory(ContentPath);
    }

    public string DataPath => Path.Combine(root, "data");

    public string ContentPath => Path.Combine(root, "content");

    /// <summary>A folder beside the content folder, not inside it.</summary>
    public string OutsidePath => Directory.CreateDirectory(Path.Combine(root, "outside")).FullName;

    /// <summary>A site whose content folder is empty: the test writes the files it needs.</summary>
    /// <param name="settings">Configuration keys of this test's site, over the defaults.</param>
    /// <param name="configureServices">Services of this test's site over the site's own (a content type only the test has, say).</param>
    public static async Task<PortalApp> CreateAsync(IDatabaseSource database, bool withRepositoryContent = false, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var app = new PortalApp(database, await database.CreateDatabaseAsync(TestContext.Current.CancellationToken), settings, configureServices: configureServices);
        if (withRepositoryContent)
        {
            Repository.CopyFolder(Repository.Content, app.ContentPath);
        }

        return await StartedAsync(app);
    }

    /// <summary>
    /// A site served by a real Kestrel on a free loopback port, for what the in-memory server does not
    /// let through (a malformed Host header, raw bytes); <see cref="Address"/> is where it listens.
    /// </summary>
    public static async Task<PortalApp> CreateOnKestrelAsync(IDatabaseSource database, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var app = new PortalApp(database, await database.CreateDatabaseAsync(TestContext.Current.CancellationToken), settings);
        app.UseKestrel(0);
        return await StartedAsync(app);
    }

    /// <summary>Where the Kestrel of <see cref="CreateOnKestrelAsync"/> listens.</summary>
    public Uri Address => new(Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
        .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First());

    private static async Task<PortalApp> StartedAsync(PortalApp app)
    {
        // Started now, so that the first-start import sees the content folder as it is at creation.
        try
        {
            app.StartServer();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    /// <summary>
    /// Stops this site and starts a new one on the same folders and database, as a restart of the
    /// process does; <paramref name="whileStopped"/> runs in between (to delete the index, say).
    /// </summary>
    public async Task<PortalApp> RestartAsync(Action<string>? whileStopped = null)
    {
        ownsStorage = false;
        await base.DisposeAsync();
        whileStopped?.Invoke(DataPath);
        var next = new PortalApp(database, connectionString, settings, root, configureServices);
        next.StartServer();
        return next;
    }

    public void WriteContent(string relativePath, string text) => WriteContent(relativePath, Encoding.UTF8.GetBytes(text));

    public void WriteContent(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(ContentPath, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public void DeleteContent(string relativePath) => File.Delete(Path.Combine(ContentPath, relativePath));

    /// <summary>Imports through the site's own <see cref="ContentImporter"/>, as the import verb does.</summary>
    public Task<ImportReport> ImportAsync(ImportRequest? request = null) =>
        Services.GetRequiredService<ContentImporter>().ImportAsync(request ?? new ImportRequest(), progress: null, TestContext.Current.CancellationToken);

    public async Task<T> QueryAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public Task<(int Items, int Versions)> CountAsync() =>
        QueryAsync(async db => (await db.ContentItems.CountAsync(), await db.ContentVersions.CountAsync()));

    public Task<int> VersionCountAsync(string contentId) =>
        QueryAsync(db => db.ContentVersions.CountAsync(v => v.ContentId == contentId));

    /// <summary>GET of a JSON API path that must answer 200.</summary>
    public async Task<JsonObject> GetJsonAsync(string path)
    {
        using var client = CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>The ids of a listing, in its order.</summary>
    public async Task<List<string>> ListIdsAsync(string query)
    {
        var list = await GetJsonAsync($"/api/content?{query}");
        return [.. list["items"]!.AsArray().Select(item => (string)item!["id"]!)];
    }

    /// <summary>GET that answers anything: the status and the JSON body, if any.</summary>
    public async Task<(int Status, JsonNode? Body)> GetAsync(string path)
    {
        using var client = CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        JsonNode? body = null;
        if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true && text.Length > 0)
        {
            body = JsonNode.Parse(text);
        }

        return ((int)response.StatusCode, body);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Portal:DataPath", DataPath);
        builder.UseSetting("Portal:ContentPath", ContentPath);
        builder.UseSetting("Portal:SeedsPath", Repository.Seeds);
        builder.UseSetting("Portal:Database:Provider", database.Provider);
        if (connectionString is not null)
        {
            builder.UseSetting("ConnectionStrings:Portal", connectionString);
        }

        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // EF Core logs as an error the query that finds a new database without its migrations table.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "None");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (configureServices is not null)
        {
            builder.ConfigureServices(configureServices);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!ownsStorage)
        {
            return;
        }

        if (connectionString is not null)
        {
            await database.DropDatabaseAsync(connectionString);
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open must not fail the test; the system cleans its temporary folder.
        }
    }
}
