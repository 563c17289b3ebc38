using System.Collections.Concurrent;

namespace Portal.Content.ReadModel;

/// <summary>
/// Every published item at one moment, in memory: what is public at <see cref="AtUtc"/>, one entry per
/// item per culture, and per type and culture the items shown there (the culture asked for, else the
/// site's default, else the first other), newest first, worked out on first use. It holds until
/// <see cref="ValidUntilUtc"/>, when an item scheduled for later goes public.
/// </summary>
public sealed class PublicSnapshot
{
    private readonly IReadOnlyDictionary<string, PublicEntry[]> byItem;
    private readonly ILookup<(string Type, string Slug), string> bySlug;
    private readonly ConcurrentDictionary<(string? Type, string Culture), PublicEntry[]> shown = new();
    private readonly ConcurrentDictionary<(string Type, string Kind), string[]> termValues = new();
    private readonly string defaultCulture;

    public PublicSnapshot(IReadOnlyDictionary<string, PublicEntry[]> entries, string defaultCulture, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(entries);
        All = entries;
        this.defaultCulture = defaultCulture;
        AtUtc = atUtc;
        byItem = entries.Where(e => e.Value.Any(x => x.PublishedUtc <= atUtc))
            .ToDictionary(e => e.Key, e => e.Value.Where(x => x.PublishedUtc <= atUtc).OrderBy(x => x.Culture, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        bySlug = byItem.Values.SelectMany(x => x).ToLookup(x => (x.Type, x.Slug), x => x.ContentId);
        ValidUntilUtc = entries.Values.SelectMany(x => x).Where(x => x.PublishedUtc > atUtc).Select(x => x.PublishedUtc).DefaultIfEmpty(DateTime.MaxValue).Min();
    }

    /// <summary>Every entry, public or scheduled, by item id: what the next snapshot is made from.</summary>
    public IReadOnlyDictionary<string, PublicEntry[]> All { get; }

    public DateTime AtUtc { get; }

    public DateTime ValidUntilUtc { get; }

    public int Count => byItem.Count;

    /// <summary>Every public item, each with its public cultures.</summary>
    public IEnumerable<IReadOnlyList<PublicEntry>> Items => byItem.Values;

    /// <summary>The values of one kind of term that public items of a type carry in any culture, for filter choices.</summary>
    public IReadOnlyList<string> TermValues(string type, string kind) => termValues.GetOrAdd((type, kind), key =>
    {
        var prefix = PublicEntry.TermKey(key.Kind, "");
        return [.. byItem.Values.Where(e => e[0].Type == key.Type).SelectMany(e => e).SelectMany(e => e.Terms)
            .Where(t => t.StartsWith(prefix, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Select(t => t[prefix.Length..])];
    });

    /// <summary>The public cultures of an item, by culture; empty when it is not public.</summary>
    public IReadOnlyList<PublicEntry> Cultures(string contentId) => byItem.TryGetValue(contentId, out var entries) ? entries : [];

    /// <summary>The item in the culture shown for <paramref name="culture"/>; null when it is not public.</summary>
    public PublicEntry? Item(string contentId, string culture) => byItem.TryGetValue(contentId, out var entries) ? Choose(entries, culture) : null;

    /// <summary>The public items of a type (of every type, with none) shown in a culture, newest first.</summary>
    public IReadOnlyList<PublicEntry> Shown(string? type, string culture) => shown.GetOrAdd((type, culture), key =>
        [.. byItem.Values.Where(e => key.Type is null || e[0].Type == key.Type).Select(e => Choose(e, key.Culture))
            .OrderByDescending(e => e.PublishedUtc).ThenBy(e => e.ContentId, StringComparer.Ordinal)]);

    /// <summary>
    /// The item of a type that has this slug in some public culture, preferring the culture asked for,
    /// then the default; with every public culture of it. Null when none is public.
    /// </summary>
    public (PublicEntry Shown, IReadOnlyList<PublicEntry> Cultures)? FindBySlug(string type, string slug, string culture)
    {
        var candidates = bySlug[(type, slug)].Distinct(StringComparer.Ordinal)
            .SelectMany(id => byItem[id]).Where(x => x.Slug == slug)
            .OrderBy(x => Preference(x.Culture, culture)).ThenBy(x => x.Culture, StringComparer.Ordinal);
        if (candidates.FirstOrDefault() is not { } match)
        {
            return null;
        }

        var cultures = byItem[match.ContentId];
        return (Choose(cultures, culture), cultures);
    }

    private PublicEntry Choose(PublicEntry[] entries, string culture)
    {
        var best = entries[0];
        foreach (var entry in entries)
        {
            if (Preference(entry.Culture, culture) < Preference(best.Culture, culture))
            {
                best = entry;
            }
        }

        return best;
    }

    private int Preference(string rowCulture, string culture) => rowCulture == culture ? 0 : rowCulture == defaultCulture ? 1 : 2;
}
