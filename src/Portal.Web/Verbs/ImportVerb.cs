using Portal.Content.Import;
using Portal.Web.Hosting;
using Portal.Web.Storage;

namespace Portal.Web.Verbs;

/// <summary><c>import [FOLDER] [--prune]</c>: a relative FOLDER is taken from the repository root, like the configured paths.</summary>
public sealed class ImportVerb(string? folder, bool prune) : IVerb
{
    /// <summary>The folder to import as given on the command line; null means Portal:ContentPath.</summary>
    public string? Folder => folder;

    /// <summary>Whether items whose file is gone are archived.</summary>
    public bool Prune => prune;

    public async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        var importer = services.GetRequiredService<ContentImporter>();
        var resolved = folder is null ? null : services.GetRequiredService<PortalPaths>().Resolve(folder);
        using var progress = new ProgressLine(services.GetRequiredService<ILogger<ImportVerb>>(), "files");
        var report = await importer.ImportAsync(new ImportRequest(resolved, prune), progress, cancellationToken);
        progress.Finish();
        foreach (var removed in report.Removed)
        {
            await Console.Error.WriteLineAsync($"{removed}: the file is gone; the item {(prune ? "is archived" : "stays (archive it with --prune)")}");
        }

        foreach (var problem in report.Problems)
        {
            await Console.Error.WriteLineAsync(problem.ToString());
        }

        await Console.Out.WriteLineAsync($"Import: {report}.");
        return report.Succeeded ? 0 : 1;
    }
}
