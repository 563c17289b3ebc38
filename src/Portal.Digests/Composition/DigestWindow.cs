using Portal.Digests.Subscriptions;

namespace Portal.Digests.Composition;

/// <summary>
/// What a subscription's next digest lists, reckoned alike by the pass that records it and by the
/// preview that only shows it: the items that went live in its window and are in one of its
/// clusters, less those an earlier digest listed.
/// </summary>
public static class DigestWindow
{
    /// <summary>
    /// Where a confirmed subscription's next window starts: where its last one ended, looking back
    /// <see cref="DigestOptions.LateCommitMinutes"/> to catch items stamped live before a slow
    /// transaction committed them, never before its confirmation.
    /// </summary>
    public static DateTime Start(Subscription subscription, DigestOptions options)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(options);
        var confirmed = subscription.ConfirmedUtc ?? throw new ArgumentException("The subscription is not confirmed: it has no window.", nameof(subscription));
        var lateCommit = TimeSpan.FromMinutes(Math.Max(0, options.LateCommitMinutes));
        return subscription.LastDigestComposedUtc is { } last && last - lateCommit > confirmed ? last - lateCommit : confirmed;
    }

    /// <summary>The items of <paramref name="live"/> the digest lists, by content id as its record keeps them.</summary>
    /// <param name="earlierItemKeys">The item keys of the subscription's digests whose windows end after <paramref name="start"/>.</param>
    public static List<LiveItem> Items(IEnumerable<LiveItem> live, Subscription subscription, DateTime start, IEnumerable<string> earlierItemKeys)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var listed = earlierItemKeys.SelectMany(k => k.Split('\n')).ToHashSet(StringComparer.Ordinal);
        var clusters = subscription.ClusterIds;
        return [.. live
            .Where(i => i.LiveSinceUtc > start && clusters.Any(i.Clusters.Contains) && !listed.Contains(i.ContentId))
            .OrderBy(i => i.ContentId, StringComparer.Ordinal)];
    }
}
