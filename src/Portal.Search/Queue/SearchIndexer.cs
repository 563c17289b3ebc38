using System.Collections.Concurrent;
using Lucene.Net.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Content.Import;
using Portal.Content.Model;
using Portal.Content.Storage;
using Portal.Search.Indexing;

namespace Portal.Search.Queue;

/// <summary>
/// Keeps the index in step with the database: applies the queued tasks past the index's cursor, or
/// rebuilds the whole index from the published versions. One at a time.
/// </summary>
public sealed class SearchIndexer(SearchIndex index, SearchDocumentBuilder builder, IServiceScopeFactory scopes, ILogger<SearchIndexer> logger) : IDisposable
{
    private const int BatchSize = 1000;
    private readonly SemaphoreSlim gate = new(1, 1);

    public void Dispose() => gate.Dispose();

    /// <summary>Applies every queued task past the cursor; returns how many were applied.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var applied = 0;
            while (true)
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                var cursor = index.Cursor;
                var tasks = await db.Set<IndexingTask>().AsNoTracking()
                    .Where(t => t.Id > cursor).OrderBy(t => t.Id).Take(BatchSize)
                    .ToListAsync(cancellationToken);
                if (tasks.Count == 0)
                {
                    return applied;
                }

                var keys = tasks.Select(t => (t.ContentId, t.Culture)).Distinct().ToList();
                var documents = await LoadAsync(db, keys, cancellationToken);
                index.Apply(keys.Select(k => (SearchDocumentBuilder.KeyOf(k.ContentId, k.Culture), documents.GetValueOrDefault(k))), tasks[^1].Id);
                applied += tasks.Count;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Rebuilds the index from every published version, reporting progress. One thread streams the
    /// versions from the database in pages while one thread per core builds and adds the documents of a
    /// page at a time, each thread reusing its own set of fields.
    /// </summary>
    public async Task<int> RebuildAsync(IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var cursor = await db.Set<IndexingTask>().MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
            var total = await db.ContentItems.CountAsync(x => x.Status == ContentStatus.Published, cancellationToken);
            var done = 0;
            await index.RebuildAsync(
                add => ParallelPages.RunAsync(
                    PublishedVersions(db, db.ContentItems).AsEnumerable().Chunk(BatchSize),
                    Environment.ProcessorCount,
                    () =>
                    {
                        var fields = new DocumentFields();
                        return page =>
                        {
                            foreach (var row in page)
                            {
                                add(builder.Build(row.Item, row.Version, fields));
                            }

                            progress?.Report(new ImportProgress("index", Interlocked.Add(ref done, page.Length), total));
                        };
                    },
                    cancellationToken),
                cursor);
            logger.LogInformation("Search index rebuilt: {Count} items", done);
            return done;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<ConcurrentDictionary<(string, string), Document>> LoadAsync(PortalDbContext db, List<(string ContentId, string Culture)> keys, CancellationToken cancellationToken)
    {
        var ids = keys.Select(k => k.ContentId).Distinct().ToList();
        var wanted = keys.ToHashSet();
        var rows = await PublishedVersions(db, db.ContentItems.Where(x => ids.Contains(x.ContentId))).ToListAsync(cancellationToken);
        var documents = new ConcurrentDictionary<(string, string), Document>();
        foreach (var row in rows.Where(r => wanted.Contains((r.Item.ContentId, r.Item.Culture))))
        {
            documents[(row.Item.ContentId, row.Item.Culture)] = builder.Build(row.Item, row.Version);
        }

        return documents;
    }

    private static IQueryable<PublishedRow> PublishedVersions(PortalDbContext db, IQueryable<ContentItem> items) =>
        from item in items.AsNoTracking()
        where item.Status == ContentStatus.Published
        from version in db.ContentVersions.AsNoTracking()
        where version.ContentId == item.ContentId && version.Culture == item.Culture && version.Number == item.PublishedVersion
        // Only what the document needs: the rendered HTML, as large as the body, stays in the database.
        select new PublishedRow(
            new ContentItem { ContentId = item.ContentId, Culture = item.Culture, Type = item.Type, Slug = item.Slug, Status = item.Status, PublishedVersion = item.PublishedVersion, PublishedUtc = item.PublishedUtc },
            new ContentVersion { ContentId = version.ContentId, Culture = version.Culture, Number = version.Number, Title = version.Title, Summary = version.Summary, Body = version.Body, Html = "", FieldsJson = version.FieldsJson, CreatedUtc = version.CreatedUtc });
}
