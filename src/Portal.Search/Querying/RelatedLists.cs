using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace Portal.Search.Querying;

/// <summary>
/// The related lists already worked out on the index's current reader. A list depends only on what the
/// index holds and on the moment: a new reader (any change indexed) starts afresh, and a list is kept
/// at most <see cref="MaxAge"/>, so an item scheduled for later joins the lists soon after it goes public.
/// </summary>
internal sealed class RelatedLists(TimeProvider clock)
{
    /// <summary>How late an item that went public on schedule may join the lists of others.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    /// <summary>Beyond this many lists on one reader, the oldest reader's worth is dropped and started again.</summary>
    public const int Capacity = 50_000;

    private Generation current = new(null, new());

    public bool TryGet(IndexReader reader, (string Id, string Culture, int Count) key, out IReadOnlyList<RelatedItem>? items)
    {
        var generation = Volatile.Read(ref current);
        if (ReferenceEquals(generation.Reader, reader) && generation.Lists.TryGetValue(key, out var known) && clock.GetUtcNow() - known.At < MaxAge)
        {
            items = known.Items;
            return true;
        }

        items = null;
        return false;
    }

    public void Add(IndexReader reader, (string Id, string Culture, int Count) key, IReadOnlyList<RelatedItem>? items)
    {
        var generation = Volatile.Read(ref current);
        if (!ReferenceEquals(generation.Reader, reader) || generation.Lists.Count >= Capacity)
        {
            // Lists from an older reader may name items since unpublished: they are never mixed with new ones.
            var fresh = new Generation(reader, new());
            generation = Interlocked.CompareExchange(ref current, fresh, generation) == generation ? fresh : Volatile.Read(ref current);
            if (!ReferenceEquals(generation.Reader, reader))
            {
                return;
            }
        }

        generation.Lists[key] = (items, clock.GetUtcNow());
    }

    private sealed record Generation(IndexReader? Reader, ConcurrentDictionary<(string Id, string Culture, int Count), (IReadOnlyList<RelatedItem>? Items, DateTimeOffset At)> Lists);
}
