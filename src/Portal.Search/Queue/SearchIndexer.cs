using System.Collections.Concurrent;
using System.Data.Common;
using Lucene.Net.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Content.Import;
using Portal.Content.Model;
using Portal.Content.Publishing;
using Portal.Content.Storage;
using Portal.Search.Indexing;

namespace Portal.Search.Queue;

/// <summary>
/// Keeps the index in step with the database: applies the queued tasks past the index's cursor (and
/// those that committed late below it), or rebuilds the whole index from the published versions. One
/// at a time. Tells the queue how far this index has come, and prunes the tasks every node has passed.
/// </summary>
public sealed class SearchIndexer(
    SearchIndex index,
    SearchDocumentBuilder builder,
    IServiceScopeFactory scopes,
    IOptions<SearchOptions> options,
    IEnumerable<IPublicChangeFollower> followers,
    TimeProvider clock,
    ILogger<SearchIndexer> logger) : IDisposable
{
    private const int BatchSize = 1000;

    /// <summary>An idle node still says it is there this often, so that it is never taken for gone.</summary>
    private static readonly TimeSpan ReportEvery = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim gate = new(1, 1);
    private bool checkedIn;
    private long reported = -1;
    private DateTime reportedUtc;
    private long pruned;

    private TimeSpan LateCommit => TimeSpan.FromMinutes(Math.Max(0, options.Value.LateCommitMinutes));

    private TimeSpan ForgetNodeAfter => TimeSpan.FromDays(Math.Max(1, options.Value.ForgetNodeAfterDays));

    public void Dispose() => gate.Dispose();

    /// <summary>Applies every queued task this index has not seen; returns how many were applied.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!checkedIn)
            {
                await CheckInAsync(cancellationToken);
                checkedIn = true;
            }

            var applied = 0;
            while (true)
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                var now = clock.GetUtcNow().UtcDateTime;
                var cursor = index.Cursor;
                var gaps = index.Gaps.Unexpired(now, LateCommit);
                List<IndexingTask> late = gaps.IsEmpty ? [] : await db.Set<IndexingTask>().AsNoTracking()
                    .Where(gaps.Contains()).OrderBy(t => t.Id).Take(BatchSize)
                    .ToListAsync(cancellationToken);
                var fresh = await db.Set<IndexingTask>().AsNoTracking()
                    .Where(t => t.Id > cursor).OrderBy(t => t.Id).Take(BatchSize)
                    .ToListAsync(cancellationToken);
                if (late.Count == 0 && fresh.Count == 0)
                {
                    await ReportAsync(db, gaps.SafePosition(cursor), cancellationToken);
                    return applied;
                }

                var position = fresh.Count > 0 ? fresh[^1].Id : cursor;
                var missing = gaps.Without(late.Select(t => t.Id)).Missing(cursor, fresh.Select(t => t.Id), now);
                if (late.Count > 0)
                {
                    logger.LogInformation("Indexing {Count} tasks that committed after later ones", late.Count);
                }

                var keys = late.Concat(fresh).Select(t => (t.ContentId, t.Culture)).Distinct().ToList();
                var documents = await LoadAsync(db, keys, cancellationToken);
                // Told before the index commits (hundreds of milliseconds at 100,000 items), so that pages
                // and feeds show a change from another process within a second; search follows at once after.
                await TellFollowersAsync(keys, cancellationToken);
                index.Apply(keys.Select(k => (SearchDocumentBuilder.KeyOf(k.ContentId, k.Culture), documents.GetValueOrDefault(k))), position, missing);
                applied += late.Count + fresh.Count;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task TellFollowersAsync(List<(string ContentId, string Culture)> changed, CancellationToken cancellationToken)
    {
        foreach (var follower in followers)
        {
            try
            {
                await follower.OnFollowedAsync(changed, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One follower's failure must not hold the index, nor the other followers, back.
                logger.LogError(e, "{Follower} failed to follow {Count} public changes", follower.GetType().Name, changed.Count);
            }
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
            return await RebuildCoreAsync(progress, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<int> RebuildCoreAsync(IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;

        // Every task at or below what all nodes have passed has committed; the ids above it that have not
        // come yet are what the rebuild watches, within the late-commit window, as catching up would have.
        var passed = await PassedByEveryNodeAsync(db, now, cancellationToken);

        // Holds the pruning back while the content is read: the tasks that commit meanwhile must stay.
        await ReportAsync(db, 0, cancellationToken, force: true);

        // The rebuild reads content, not the task log: it starts after the last task.
        var windowStart = now - LateCommit;
        var settled = Math.Max(passed, await db.Set<IndexingTask>().Where(t => t.CreatedUtc < windowStart).MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0);
        var recent = await db.Set<IndexingTask>().Where(t => t.Id > settled).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(cancellationToken);
        var cursor = recent.Count > 0 ? recent[^1] : settled;
        var missing = QueueGaps.None.Missing(settled, recent, now);
        var total = await PublicContent.Published(db).CountAsync(cancellationToken);
        var done = 0;
        await index.RebuildAsync(
            add => ParallelPages.RunAsync(
                PublishedVersions(db, PublicContent.Published(db)).AsEnumerable().Chunk(BatchSize),
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
            cursor,
            missing);
        logger.LogInformation("Search index rebuilt: {Count} items", done);
        await ReportAsync(db, missing.SafePosition(cursor), cancellationToken, force: true);
        return done;
    }

    /// <summary>
    /// A node that was away so long that the others stopped waiting for it may have lost tasks to the
    /// pruning: it rebuilds from the database instead of catching up.
    /// </summary>
    private async Task CheckInAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var seen = await db.Set<IndexingReader>().Where(r => r.Node == index.Node).Select(r => (DateTime?)r.SeenUtc).FirstOrDefaultAsync(cancellationToken);
        if (seen < clock.GetUtcNow().UtcDateTime - ForgetNodeAfter)
        {
            logger.LogWarning("This node's search index was last seen by the queue on {Seen:u}, and may have missed pruned tasks: it is rebuilt", seen);
            await RebuildCoreAsync(progress: null, cancellationToken);
        }
    }

    /// <summary>
    /// Records how far this index has come (when that changed, and every minute anyway), then deletes
    /// the tasks that every node still heard from has passed.
    /// </summary>
    private async Task ReportAsync(PortalDbContext db, long position, CancellationToken cancellationToken, bool force = false)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!force && position == reported && now - reportedUtc < ReportEvery)
        {
            return;
        }

        var row = await db.Set<IndexingReader>().FirstOrDefaultAsync(r => r.Node == index.Node, cancellationToken);
        if (row is null)
        {
            db.Set<IndexingReader>().Add(new IndexingReader { Node = index.Node, Position = position, SeenUtc = now });
        }
        else
        {
            (row.Position, row.SeenUtc) = (position, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            (reported, reportedUtc) = (position, now);
            var passed = await PassedByEveryNodeAsync(db, now, cancellationToken);
            if (passed > pruned)
            {
                await db.Set<IndexingTask>().Where(t => t.Id <= passed).ExecuteDeleteAsync(cancellationToken);
                pruned = passed;
            }
        }
        catch (Exception e) when (!force && e is DbException or DbUpdateException)
        {
            // The index is up to date all the same: the position is written, and the queue pruned, next time.
            db.ChangeTracker.Clear();
            logger.LogWarning(e, "The search index could not record its position in the queue; it tries again at its next catch-up");
        }
    }

    /// <summary>The lowest position of the nodes heard from lately: every task at or below it is in every index.</summary>
    private async Task<long> PassedByEveryNodeAsync(PortalDbContext db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var heardFrom = nowUtc - ForgetNodeAfter;
        return await db.Set<IndexingReader>().Where(r => r.SeenUtc >= heardFrom).MinAsync(r => (long?)r.Position, cancellationToken) ?? 0;
    }

    private async Task<ConcurrentDictionary<(string, string), Document>> LoadAsync(PortalDbContext db, List<(string ContentId, string Culture)> keys, CancellationToken cancellationToken)
    {
        var ids = keys.Select(k => k.ContentId).Distinct().ToList();
        var wanted = keys.ToHashSet();
        var rows = await PublishedVersions(db, PublicContent.Published(db).Where(x => ids.Contains(x.ContentId))).ToListAsync(cancellationToken);
        var documents = new ConcurrentDictionary<(string, string), Document>();
        foreach (var row in rows.Where(r => wanted.Contains((r.Item.ContentId, r.Item.Culture))))
        {
            documents[(row.Item.ContentId, row.Item.Culture)] = builder.Build(row.Item, row.Version);
        }

        return documents;
    }

    private static IQueryable<PublishedRow> PublishedVersions(PortalDbContext db, IQueryable<ContentItem> items) =>
        items.AsNoTracking().WithPublicVersion(db, (item, version) => new PublishedRow(
            // Only what the document needs: the rendered HTML, as large as the body, stays in the database.
            new ContentItem { ContentId = item.ContentId, Culture = item.Culture, Type = item.Type, Slug = item.Slug, Status = item.Status, PublishedVersion = item.PublishedVersion, PublishedUtc = item.PublishedUtc },
            new ContentVersion { ContentId = version.ContentId, Culture = version.Culture, Number = version.Number, Title = version.Title, Summary = version.Summary, Body = version.Body, Html = "", FieldsJson = version.FieldsJson, CreatedUtc = version.CreatedUtc }));
}
