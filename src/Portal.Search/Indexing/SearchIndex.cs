using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Content.Configuration;
using Portal.Search.Queue;

namespace Portal.Search.Indexing;

/// <summary>
/// The process's one Lucene index: one <see cref="IndexWriter"/>, searches through a
/// <see cref="SearcherManager"/> refreshed after each write and by a background timer, never per
/// query. The position in the indexing queue (the cursor, and the ids below it not seen yet) is stored
/// in the index's own commit, so the index and its position can never disagree after a crash.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const string CursorKey = "portal.cursor";
    private const string GapsKey = "portal.gaps";
    private const string NodeKey = "portal.node";
    private const string LayoutKey = "portal.layout";

    /// <summary>
    /// What the documents hold, stored in each commit: an index written for another layout is rebuilt
    /// from the database when it opens. 2: each body begins with its title and summary, and the stored
    /// body keeps a line per block (snippets end sentences there). 3: <c>year</c> is the year of the
    /// item's own date (a case study's period, an event's start), no longer of its publication.
    /// </summary>
    private const string Layout = "3";

    /// <summary>
    /// Lucene flushes a new segment whenever the documents it holds reach its buffer (16 MB by default),
    /// and merges the segments it made in the background. A rebuild with a larger buffer writes a few
    /// large segments (flushed by the indexing threads as they go), so that nothing needs merging and
    /// every search visits few segments.
    /// </summary>
    private const double RebuildBufferMB = 64;

    private readonly CultureAnalyzers analyzers;
    private readonly ILogger<SearchIndex> logger;
    private readonly System.Threading.Lock writeGate = new();
    private readonly System.Threading.Lock refreshGate = new();
    private readonly Timer refresher;
    private Lucene.Net.Store.Directory directory = null!;
    private IndexWriter writer = null!;
    private SearcherManager searchers = null!;
    private long cursor;
    private QueueGaps gaps = QueueGaps.None;
    private string? node;
    private volatile bool rebuilding;

    public SearchIndex(IOptions<PortalOptions> options, CultureAnalyzers analyzers, ILogger<SearchIndex> logger)
    {
        this.analyzers = analyzers;
        this.logger = logger;
        Path = System.IO.Path.Combine(options.Value.DataPath, "search-index");
        Open();
        refresher = new Timer(_ => Refresh(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
    }

    public string Path { get; }

    /// <summary>True when the index had to be created anew (missing or unreadable) and must be rebuilt from the database.</summary>
    public bool IsNew { get; private set; }

    /// <summary>The id of the last indexing task whose effect is committed in the index and visible to searches.</summary>
    public long Cursor => Volatile.Read(ref cursor);

    /// <summary>The task ids below the cursor that this index has not seen yet (committed late, or never).</summary>
    public QueueGaps Gaps => Volatile.Read(ref gaps);

    /// <summary>This index's id among the nodes that read the queue, kept in its commits.</summary>
    public string Node => node!;

    /// <summary>Applies changes (a null document deletes) and commits them with the new position.</summary>
    public void Apply(IEnumerable<(string Key, Document? Document)> changes, long position, QueueGaps? missing = null)
    {
        missing ??= QueueGaps.None;
        lock (writeGate)
        {
            foreach (var (key, document) in changes)
            {
                if (document is null)
                {
                    writer.DeleteDocuments(new Term(SearchFields.Key, key));
                }
                else
                {
                    writer.UpdateDocument(new Term(SearchFields.Key, key), document);
                }
            }

            Commit(position, missing);
        }

        Publish(position, missing);
    }

    /// <summary>
    /// Replaces every document by those <paramref name="fill"/> adds (from several threads if it
    /// likes: the writer is thread-safe), and commits them with the position at once. When the fill
    /// fails, the writer rolls back to the last commit: the index stays what it was.
    /// </summary>
    public async Task RebuildAsync(Func<Action<Document>, Task> fill, long position, QueueGaps missing)
    {
        ArgumentNullException.ThrowIfNull(fill);
        ArgumentNullException.ThrowIfNull(missing);

        // Searches keep the searcher of before the rebuild until it is committed: refreshing meanwhile
        // would show a half-built index, and would make the writer flush a small segment every time.
        rebuilding = true;
        try
        {
            writer.DeleteAll();
            var config = writer.Config;
            var (usualBuffer, usualCompound) = (config.RAMBufferSizeMB, config.UseCompoundFile);
            config.RAMBufferSizeMB = RebuildBufferMB;

            // A compound file packs a segment's files into one, by copying them: worth it for the many small
            // segments of later changes (fewer open files), not for a rebuild's few large ones.
            config.UseCompoundFile = false;
            try
            {
                await fill(writer.AddDocument);
            }
            finally
            {
                (config.RAMBufferSizeMB, config.UseCompoundFile) = (usualBuffer, usualCompound);
            }

            lock (writeGate)
            {
                Commit(position, missing);
                IsNew = false;
            }
        }
        catch (Exception e)
        {
            RollBack();
            logger.Log(e is OperationCanceledException ? LogLevel.Information : LogLevel.Warning, "The search index rebuild stopped ({Reason}): the index is left as it was", e.Message);
            throw;
        }
        finally
        {
            rebuilding = false;
        }

        Publish(position, missing);
    }

    public T Search<T>(Func<IndexSearcher, T> search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var (manager, searcher) = AcquireSearcher();
        try
        {
            return search(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    public void Dispose()
    {
        refresher.Dispose();
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
    }

    /// <summary>Makes the committed changes visible to searches, then moves the position that says so.</summary>
    private void Publish(long committed, QueueGaps missing)
    {
        searchers.MaybeRefreshBlocking();
        Volatile.Write(ref gaps, missing);
        Volatile.Write(ref cursor, committed);
    }

    private void Commit(long position, QueueGaps missing)
    {
        writer.SetCommitData(new Dictionary<string, string>
        {
            [CursorKey] = position.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [GapsKey] = missing.Format(),
            [NodeKey] = Node,
            [LayoutKey] = Layout,
        });
        writer.Commit();
    }

    /// <summary>
    /// Drops what the writer holds since its last commit. Lucene's rollback closes the writer, so a new
    /// one opens on the last commit, with a new searcher manager; searches never see what was dropped.
    /// </summary>
    private void RollBack()
    {
        lock (writeGate)
        {
            lock (refreshGate)
            {
                var old = searchers;
                writer.Rollback();
                OpenWriter(OpenMode.CREATE_OR_APPEND);
                old.Dispose();
            }
        }
    }

    /// <summary>A searcher of the current manager: one replaced by a rollback meanwhile is asked again.</summary>
    private (SearcherManager Manager, IndexSearcher Searcher) AcquireSearcher()
    {
        while (true)
        {
            var manager = searchers;
            try
            {
                return (manager, manager.Acquire());
            }
            catch (ObjectDisposedException) when (!ReferenceEquals(manager, searchers))
            {
                // Replaced between reading the field and acquiring from it.
            }
        }
    }

    private void Refresh()
    {
        lock (refreshGate)
        {
            if (rebuilding)
            {
                return;
            }

            try
            {
                searchers.MaybeRefresh();
            }
            catch (ObjectDisposedException)
            {
                // The index is closing.
            }
        }
    }

    private void Open()
    {
        System.IO.Directory.CreateDirectory(Path);
        // Not FSDirectory.Open: on 64-bit Linux that picks MMapDirectory, which is slow under parallel
        // searches and can crash in this Lucene.Net release (issues 1151, 1013); see PositionalReadDirectory.
        directory = new PositionalReadDirectory(new DirectoryInfo(Path));
        try
        {
            IsNew = !DirectoryReader.IndexExists(directory);
            if (!IsNew)
            {
                // Opening reads every segment's header and checksum: a truncated or missing file fails here.
                using var reader = DirectoryReader.Open(directory);
            }

            OpenWriter(OpenMode.CREATE_OR_APPEND);
            if (!IsNew && (writer.CommitData.TryGetValue(LayoutKey, out var layout) ? layout : null) is var written && written != Layout)
            {
                logger.LogInformation("The search index at {Path} holds documents of layout {Old}, not {Layout}; it is created anew and rebuilt from the database", Path, written ?? "1", Layout);
                searchers.Dispose();
                writer.Dispose();
                CreateAnew();
            }
        }
        // Another writer holding the index (a running site, beside a verb) is not damage: that index
        // must be left alone, so its lock failure goes to the caller rather than into a rebuild.
        catch (Exception e) when (e is not LockObtainFailedException && e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
        {
            logger.LogWarning(e, "The search index at {Path} cannot be read; it is created anew and rebuilt from the database", Path);
            CreateAnew();
        }
    }

    private void CreateAnew()
    {
        IsNew = true;
        // Even in CREATE mode the writer reads the old commit point first, so the old files go.
        directory.Dispose();
        System.IO.Directory.Delete(Path, recursive: true);
        System.IO.Directory.CreateDirectory(Path);
        directory = new PositionalReadDirectory(new DirectoryInfo(Path));
        OpenWriter(OpenMode.CREATE);
    }

    private void OpenWriter(OpenMode mode)
    {
        var config = new IndexWriterConfig(CultureAnalyzers.Version, analyzers.PerField) { OpenMode = mode };
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, applyAllDeletes: true, new Querying.WarmingSearcherFactory());
        var data = writer.CommitData;
        cursor = data.TryGetValue(CursorKey, out var value) && long.TryParse(value, out var committed) ? committed : 0;
        gaps = QueueGaps.Parse(data.TryGetValue(GapsKey, out var missing) ? missing : null);
        node = data.TryGetValue(NodeKey, out var id) && id.Length > 0 ? id : node ?? Guid.NewGuid().ToString("N");
    }
}
