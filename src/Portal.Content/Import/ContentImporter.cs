using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Content.Configuration;
using Portal.Content.Markdown;
using Portal.Content.Model;
using Portal.Content.Publishing;
using Portal.Content.Storage;

namespace Portal.Content.Import;

/// <summary>
/// Imports a folder of content files: the content folder, one of its sub-folders, or any other readable
/// folder. Unchanged files (same content hash) are skipped, changed ones become new versions, refused
/// ones change nothing while the others still import, and files of that folder that have disappeared
/// are reported (archived only when asked to prune).
/// </summary>
public sealed class ContentImporter(
    IServiceScopeFactory scopes,
    ContentFileReader reader,
    MarkdownRenderer markdown,
    IOptions<PortalOptions> options,
    ILogger<ContentImporter> logger)
{
    private const int BatchSize = 500;

    public async Task<ImportReport> ImportAsync(ImportRequest request, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var report = new ImportReport();
        var paths = new SourcePaths(Path.GetFullPath(options.Value.ContentPath));
        var folder = Path.GetFullPath(request.Folder ?? options.Value.ContentPath);
        if (!Directory.Exists(folder))
        {
            report.Problems.Add(new ImportProblem(folder, null, "missing-folder", "the folder does not exist"));
            return report;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        List<(string Full, string Relative)> files;
        try
        {
            files = [.. ContentFiles(folder).Select(path => (Full: path, Relative: paths.Name(path)))];
        }
        catch (UnauthorizedAccessException)
        {
            report.Problems.Add(new ImportProblem(folder, null, "unreadable-folder", "the folder cannot be read"));
            return report;
        }

        var existing = await LoadExistingAsync(cancellationToken);
        var read = ReadChanged(files, existing, report, progress);
        var present = files.Select(f => f.Relative).ToHashSet(StringComparer.Ordinal);
        // A file may take over an item from another file only once that file is gone, wherever it was imported from.
        var accepted = new ImportChecks(existing, path => present.Contains(path) || File.Exists(paths.FullPath(path))).Accept(read, report.Problems);
        var readTime = clock.Elapsed;
        var (renderTime, saveTime) = await WriteAsync(accepted, paths, report, progress, cancellationToken);
        await ReportRemovedAsync(existing, present, paths, folder, request.Prune, report, cancellationToken);
        await RefreshStatisticsAsync(cancellationToken);
        logger.LogInformation("Import of {Folder}: {Report}; read and checked in {ReadSeconds:F1} s, waited {RenderSeconds:F1} s for rendering, saved in {SaveSeconds:F1} s, {TotalSeconds:F1} s in all",
            folder, report, readTime.TotalSeconds, renderTime.TotalSeconds, saveTime.TotalSeconds, clock.Elapsed.TotalSeconds);
        return report;
    }

    /// <summary>
    /// After a large import SQLite's planner needs fresh statistics, or it picks the status index over
    /// the primary key for a lookup by id (hundreds of milliseconds instead of one).
    /// </summary>
    private async Task RefreshStatisticsAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", cancellationToken);
        }
    }

    /// <summary>Every <c>.md</c> file below the folder but README files; links are not followed, so no file is read twice under two names.</summary>
    private static IEnumerable<string> ContentFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.md", new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden,
            IgnoreInaccessible = true,
        })
        .Where(path => !Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase))
        .Order(StringComparer.Ordinal);

    private async Task<Dictionary<(string Id, string Culture), ExistingItem>> LoadExistingAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var items = await db.ContentItems.AsNoTracking()
            .Select(ExistingItem.Of)
            .ToListAsync(cancellationToken);
        return items.ToDictionary(x => (x.ContentId, x.Culture));
    }

    private List<ContentDocument> ReadChanged(
        List<(string Full, string Relative)> files,
        Dictionary<(string Id, string Culture), ExistingItem> existing,
        ImportReport report,
        IProgress<ImportProgress>? progress)
    {
        // An archived item whose file comes back unchanged is read again, so that it returns.
        var hashByPath = existing.Values.Where(x => x.SourcePath is not null && x.Status != ContentStatus.Archived)
            .GroupBy(x => x.SourcePath!).ToDictionary(g => g.Key, g => g.First().SourceHash, StringComparer.Ordinal);
        var documents = new ConcurrentBag<ContentDocument>();
        var problems = new ConcurrentBag<ImportProblem>();
        var unchanged = 0;
        var done = 0;
        Parallel.ForEach(files, file =>
        {
            var local = new List<ImportProblem>();
            var length = new FileInfo(file.Full).Length;
            if (length > ContentFileReader.MaxFileBytes)
            {
                local.Add(new ImportProblem(file.Relative, null, "file-size", $"the file is {length / 1024} KiB; content files may be at most 1 MiB"));
            }
            else
            {
                var bytes = File.ReadAllBytes(file.Full);
                var hash = ContentFileReader.HashOf(bytes);
                if (hashByPath.TryGetValue(file.Relative, out var known) && known == hash)
                {
                    Interlocked.Increment(ref unchanged);
                }
                else if (reader.Read(file.Relative, bytes, hash, local) is { } document)
                {
                    // Only what the checks across files need is kept: the file is read again when its item is
                    // written, so that a large import does not hold every body and field at once.
                    documents.Add(document with { Body = "", FieldsJson = "", Title = "", Summary = null });
                }
            }

            foreach (var problem in local)
            {
                problems.Add(problem);
            }

            var count = Interlocked.Increment(ref done);
            if (count % 1000 == 0 || count == files.Count)
            {
                progress?.Report(new ImportProgress("read", count, files.Count));
            }
        });

        report.Unchanged = unchanged;
        report.Problems.AddRange(problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line));
        return [.. documents.OrderBy(d => d.RelativePath, StringComparer.Ordinal)];
    }

    /// <returns>The time spent rendering bodies and saving them, for the log.</returns>
    private async Task<(TimeSpan Render, TimeSpan Save)> WriteAsync(
        List<ContentDocument> documents,
        SourcePaths paths,
        ImportReport report,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        var written = 0;
        TimeSpan renderTime = default, saveTime = default;
        var batches = documents.Chunk(BatchSize).ToList();
        // The next batch is read and rendered (on the other core) while this one is saved.
        var next = batches.Count > 0 ? Task.Run(() => ReadBodies(batches[0], paths), cancellationToken) : null;
        for (var index = 0; index < batches.Count; index++)
        {
            var batch = batches[index];
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var (bodies, refused) = await next!;
            report.Problems.AddRange(refused);
            next = index + 1 < batches.Count ? Task.Run(() => ReadBodies(batches[index + 1], paths), cancellationToken) : null;
            renderTime += System.Diagnostics.Stopwatch.GetElapsedTime(started);
            started = System.Diagnostics.Stopwatch.GetTimestamp();
            using var scope = scopes.CreateScope();
            var operations = scope.ServiceProvider.GetRequiredService<ContentOperations>();
            var ids = batch.Select(d => d.ContentId).Distinct().ToList();
            var tracked = (await operations.Db.ContentItems.Where(x => ids.Contains(x.ContentId)).ToListAsync(cancellationToken))
                .ToDictionary(x => (x.ContentId, x.Culture));
            int created = 0, updated = 0;
            foreach (var checkedDocument in batch)
            {
                if (!bodies.TryGetValue(checkedDocument.RelativePath, out var body))
                {
                    continue;
                }

                var document = body.Document;
                var draft = new ContentDraft(document.Slug, document.Title, document.Summary, document.Body, document.FieldsJson,
                    document.PublishedUtc, document.RelativePath, document.Hash, $"imported from {document.RelativePath}");
                ContentVersion version;
                if (tracked.TryGetValue((document.ContentId, document.Culture), out var item))
                {
                    version = operations.AddVersion(item, draft, authorId: null, body.Html);
                    updated++;
                }
                else
                {
                    item = operations.Create(document.ContentId, document.Culture, document.Type, ownerId: null, draft, body.Html);
                    version = item.Versions[^1];
                    created++;
                }

                if (document.PublishedUtc is not null)
                {
                    operations.Publish(item, version);
                }
                else if (item.Status != ContentStatus.Draft)
                {
                    operations.Unpublish(item);
                }
            }

            try
            {
                await operations.SaveAsync(cancellationToken);
                report.Created += created;
                report.Updated += updated;
            }
            catch (DbUpdateException e)
            {
                report.Problems.AddRange(batch.Select(d => new ImportProblem(d.RelativePath, null, "database", e.InnerException?.Message ?? e.Message)));
            }

            saveTime += System.Diagnostics.Stopwatch.GetElapsedTime(started);
            written += batch.Length;
            progress?.Report(new ImportProgress("write", written, documents.Count));
        }

        return (renderTime, saveTime);
    }

    /// <summary>
    /// Reads the files of a batch again, in full, and renders their bodies in parallel; a file that
    /// changed since it was checked is refused.
    /// </summary>
    private (Dictionary<string, (ContentDocument Document, string Html)> Bodies, List<ImportProblem> Problems) ReadBodies(ContentDocument[] batch, SourcePaths paths)
    {
        var bodies = new ConcurrentDictionary<string, (ContentDocument, string)>(StringComparer.Ordinal);
        var problems = new ConcurrentBag<ImportProblem>();
        Parallel.ForEach(batch, document =>
        {
            var path = paths.FullPath(document.RelativePath);
            var bytes = File.Exists(path) ? File.ReadAllBytes(path) : [];
            var again = new List<ImportProblem>();
            if (ContentFileReader.HashOf(bytes) != document.Hash || reader.Read(document.RelativePath, bytes, document.Hash, again, checkBody: false) is not { } full)
            {
                problems.Add(new ImportProblem(document.RelativePath, null, "changed-during-import", "the file changed while it was being imported; import again"));
                return;
            }

            bodies[document.RelativePath] = (full, markdown.ToHtml(full.Body));
        });
        return (new Dictionary<string, (ContentDocument Document, string Html)>(bodies, StringComparer.Ordinal), [.. problems]);
    }

    private async Task ReportRemovedAsync(
        Dictionary<(string Id, string Culture), ExistingItem> existing,
        HashSet<string> present,
        SourcePaths paths,
        string folder,
        bool prune,
        ImportReport report,
        CancellationToken cancellationToken)
    {
        // Only the items whose files came from this folder: a partner's folder never prunes the content folder's items, nor the other way round.
        var gone = existing.Values
            .Where(x => x.SourcePath is not null && x.Status != ContentStatus.Archived && !present.Contains(x.SourcePath) && paths.IsIn(x.SourcePath, folder))
            .OrderBy(x => x.SourcePath, StringComparer.Ordinal)
            .ToList();
        report.Removed.AddRange(gone.Select(x => $"{x.SourcePath} ({x.ContentId}, {x.Culture})"));
        if (!prune || gone.Count == 0)
        {
            return;
        }

        foreach (var batch in gone.Chunk(BatchSize))
        {
            using var scope = scopes.CreateScope();
            var operations = scope.ServiceProvider.GetRequiredService<ContentOperations>();
            var ids = batch.Select(x => x.ContentId).ToList();
            var keys = batch.Select(x => (x.ContentId, x.Culture)).ToHashSet();
            var items = await operations.Db.ContentItems.Where(x => ids.Contains(x.ContentId)).ToListAsync(cancellationToken);
            foreach (var item in items.Where(x => keys.Contains((x.ContentId, x.Culture))))
            {
                operations.Archive(item);
            }

            await operations.SaveAsync(cancellationToken);
            report.Archived += batch.Length;
        }
    }
}
