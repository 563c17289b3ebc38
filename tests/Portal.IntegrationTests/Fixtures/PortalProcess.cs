using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Storage;
using Portal.Web.Storage;

namespace Portal.IntegrationTests.Fixtures;

/// <summary>
/// The built program run as an operator runs it, <c>dotnet Portal.Web.dll VERB ...</c>, configured
/// through environment variables, with its own data folder, content folder and database.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    // A verb ends in seconds on a quiet machine; under a load of 20 on 2 cores the import took over a minute.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    private readonly string root = Directory.CreateTempSubdirectory("portal-verb-").FullName;
    private readonly IDatabaseSource database;
    private readonly string? connectionString;

    private PortalProcess(IDatabaseSource database, string? connectionString)
    {
        this.database = database;
        this.connectionString = connectionString;
        Directory.CreateDirectory(ContentPath);
    }

    public string DataPath => Path.Combine(root, "data");

    public string ContentPath => Path.Combine(root, "content");

    /// <summary>Portal.Web.dll of the same configuration as the tests, as built in its own project.</summary>
    public static string Program { get; } = FindProgram();

    public static async Task<PortalProcess> CreateAsync(IDatabaseSource database) =>
        new(database, await database.CreateDatabaseAsync(TestContext.Current.CancellationToken));

    public void WriteContent(string relativePath, string text)
    {
        var path = Path.Combine(ContentPath, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Runs the program with these words; <paramref name="environment"/> adds variables (a null value removes one).</summary>
    public async Task<ProcessResult> RunAsync(string[] words, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = StartInfo(words, environment);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Portal.Web {string.Join(' ', words)} did not end within {Timeout}");
        }

        return new ProcessResult(process.ExitCode, await output, await error);
    }

    /// <summary>
    /// Starts the site itself (no verb) on a free loopback port, as <c>dotnet run</c> does; it runs
    /// until it is killed or disposed.
    /// </summary>
    public RunningPortal StartSite(IReadOnlyDictionary<string, string?>? environment = null)
    {
        var url = $"http://127.0.0.1:{PostgresServer.FreePort()}";
        var start = StartInfo(["--urls", url], environment);
        start.RedirectStandardInput = false;

        // A site outside Development needs the base of its mail links; this one's is its own address.
        start.Environment.TryAdd("Portal__BaseUrl", url);
        return new RunningPortal(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), url);
    }

    private ProcessStartInfo StartInfo(string[] words, IReadOnlyDictionary<string, string?>? environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Program)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Program);
        foreach (var word in words)
        {
            start.ArgumentList.Add(word);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("Portal__", StringComparison.OrdinalIgnoreCase)
            || k.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)
            || k is "DOTNET_ENVIRONMENT" or "PORTAL_ADMIN_PASSWORD").ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["Portal__DataPath"] = DataPath;
        start.Environment["Portal__ContentPath"] = ContentPath;
        start.Environment["Portal__SeedsPath"] = Repository.Seeds;
        start.Environment["Portal__Database__Provider"] = database.Provider;
        if (connectionString is not null)
        {
            start.Environment["ConnectionStrings__Portal"] = connectionString;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>Reads the program's database directly, as it left it.</summary>
    public async Task<T> QueryAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        if (connectionString is null)
        {
            var options = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={Path.Combine(DataPath, "portal.db")};Pooling=false").Options;
            await using var sqlite = new SqlitePortalDbContext(options);
            return await query(sqlite);
        }

        await using var postgres = new PostgresPortalDbContext(new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql(connectionString).Options);
        return await query(postgres);
    }

    public async ValueTask DisposeAsync()
    {
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
            // Left to the system's cleaning of its temporary folder.
        }
    }

    private static string FindProgram()
    {
        var framework = Path.GetFileName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string[] candidates =
        [
            Path.Combine(Repository.Root, "src", "Portal.Web", "bin", Repository.Configuration, framework, "Portal.Web.dll"),
            Path.Combine(AppContext.BaseDirectory, "Portal.Web.dll"),
        ];
        return candidates.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException($"Portal.Web.dll is not built: none of {string.Join(", ", candidates)}");
    }
}
