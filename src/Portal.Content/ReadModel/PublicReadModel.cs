using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Content.Publishing;
using Portal.Content.Storage;
using Portal.Content.Taxonomies;
using Portal.Content.Types;

namespace Portal.Content.ReadModel;

/// <summary>
/// What is public, kept in memory per process: read whole on first use, then only the items a change
/// names, when it is next asked for (so that an import of thousands of items costs nothing until a
/// page is shown). Changes come from this process's saves at once and from other processes' saves
/// (an <c>import</c> beside the site, another web node) through the queue of public changes. The
/// database stays the truth; this is its projection for pages, feeds and the sitemap.
/// </summary>
public sealed class PublicReadModel(Taxonomy taxonomy, ContentTypeCatalog catalog, ContentTermBuilder termBuilder, TimeProvider clock, ILogger<PublicReadModel> logger)
    : IContentChangeHandler, IPublicChangeFollower, IDisposable
{
    private const int ParseBatch = 1000;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly ConcurrentDictionary<string, byte> pending = new(StringComparer.Ordinal);
    private volatile PublicSnapshot? current;
    private volatile bool everything;

    /// <summary>The snapshot of now: the last one, brought up to date with the changes heard of since.</summary>
    public async Task<PublicSnapshot> GetAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (Fresh() is { } snapshot)
        {
            return snapshot;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } built)
            {
                return built;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            PublicSnapshot next;
            if (current is not { } last || everything)
            {
                everything = false;
                pending.Clear();
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var all = await LoadAsync(db, null, cancellationToken);
                var read = System.Diagnostics.Stopwatch.GetElapsedTime(started);
                next = new PublicSnapshot(all, taxonomy.Site.DefaultCulture, now);
                logger.LogInformation("Read what is published: {Items} items, read in {ReadSeconds:F2} s, {Public} public now, in {TotalSeconds:F2} s in all",
                    all.Count, read.TotalSeconds, next.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
            }
            else if (!pending.IsEmpty)
            {
                // Taken before reading, so that a change heard while the rows are read is read again next time.
                var ids = pending.Keys.ToList();
                foreach (var id in ids)
                {
                    pending.TryRemove(id, out _);
                }

                var entries = new Dictionary<string, PublicEntry[]>(last.All, StringComparer.Ordinal);
                foreach (var id in ids)
                {
                    entries.Remove(id);
                }

                foreach (var chunk in ids.Chunk(500))
                {
                    foreach (var (id, cultures) in await LoadAsync(db, chunk, cancellationToken))
                    {
                        entries[id] = cultures;
                    }
                }

                next = new PublicSnapshot(entries, taxonomy.Site.DefaultCulture, now);
            }
            else
            {
                next = new PublicSnapshot(last.All, taxonomy.Site.DefaultCulture, now);
            }

            current = next;
            return next;
        }
        finally
        {
            gate.Release();
        }
    }

    public Task OnSavedAsync(IReadOnlyList<ContentChange> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var change in changes)
        {
            pending[change.ContentId] = 0;
        }

        return Task.CompletedTask;
    }

    public Task OnFollowedAsync(IReadOnlyCollection<(string ContentId, string Culture)> changed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        foreach (var (id, _) in changed)
        {
            pending[id] = 0;
        }

        return Task.CompletedTask;
    }

    /// <summary>Forgets everything: the next read loads the whole projection again (after a database was replaced under the site).</summary>
    public void Reset() => everything = true;

    public void Dispose() => gate.Dispose();

    private PublicSnapshot? Fresh() =>
        current is { } snapshot && !everything && pending.IsEmpty && clock.GetUtcNow().UtcDateTime < snapshot.ValidUntilUtc ? snapshot : null;

    /// <summary>Every published entry (public or scheduled) of the items named, or of all items; grouped by item.</summary>
    /// <remarks>
    /// The rows are streamed, and each thousand is parsed on the thread pool while the next is read:
    /// reading 100,000 rows and parsing their fields one after the other was most of the site's start-up.
    /// </remarks>
    private async Task<Dictionary<string, PublicEntry[]>> LoadAsync(PortalDbContext db, IReadOnlyCollection<string>? ids, CancellationToken cancellationToken)
    {
        var items = PublicContent.Published(db);
        if (ids is not null)
        {
            items = items.Where(x => ids.Contains(x.ContentId));
        }

        var rows = items
            .WithPublicVersion(db, (x, v) => new Row(x.ContentId, x.Type, x.Culture, x.Slug, x.PublishedUtc, v.Number, v.Title, v.Summary, v.FieldsJson))
            .AsNoTracking().AsAsyncEnumerable();
        // One string per distinct term, shared by every entry filed under it.
        var keys = new ConcurrentDictionary<(string, string), string>();
        var parsing = new List<Task<List<PublicEntry>>>();
        var batch = new List<Row>(ParseBatch);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            batch.Add(row);
            if (batch.Count == ParseBatch)
            {
                var full = batch;
                parsing.Add(Task.Run(() => Entries(full, keys), cancellationToken));
                batch = new List<Row>(ParseBatch);
            }
        }

        var entries = (await Task.WhenAll(parsing)).SelectMany(e => e).Concat(Entries(batch, keys));
        return entries.GroupBy(e => e.ContentId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Culture, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    private List<PublicEntry> Entries(List<Row> rows, ConcurrentDictionary<(string, string), string> keys)
    {
        var entries = new List<PublicEntry>(rows.Count);
        foreach (var row in rows)
        {
            if (catalog.Find(row.Type) is not { } type)
            {
                continue;
            }

            var fields = ContentFields.Parse(row.FieldsJson);
            var found = termBuilder.Terms(type, fields);
            var terms = new HashSet<string>(found.Count, StringComparer.Ordinal);
            foreach (var term in found)
            {
                terms.Add(keys.GetOrAdd(term, t => PublicEntry.TermKey(t.Item1, t.Item2)));
            }

            entries.Add(new PublicEntry
            {
                ContentId = row.ContentId,
                Type = type.Name,
                Culture = Shared(row.Culture),
                Slug = row.Slug,
                PublishedUtc = row.PublishedUtc ?? DateTime.MaxValue,
                Version = row.Number,
                Title = row.Title,
                Summary = row.Summary,
                Fields = fields,
                Year = fields.OwnYear(type, row.PublishedUtc),
                Terms = terms,
            });
        }

        return entries;
    }

    /// <summary>The site's own instance of a culture code, rather than one per row.</summary>
    private string Shared(string culture)
    {
        foreach (var known in taxonomy.Site.ContentCultures)
        {
            if (known == culture)
            {
                return known;
            }
        }

        return culture;
    }

    private sealed record Row(string ContentId, string Type, string Culture, string Slug, DateTime? PublishedUtc, int Number, string Title, string? Summary, string FieldsJson);
}
