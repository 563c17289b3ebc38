using Microsoft.AspNetCore.OutputCaching;
using Portal.Content.Publishing;

namespace Portal.Site.Caching;

/// <summary>
/// Evicts every cached page and feed once a change to what is public is saved here, so that a publish
/// is visible at once, and once this process follows a change saved by another (an import beside the
/// site, another web node), within the indexer's poll.
/// </summary>
public sealed class SiteCacheEviction(IOutputCacheStore store) : IContentChangeHandler, IPublicChangeFollower
{
    public const string Tag = "site";

    public async Task OnSavedAsync(IReadOnlyList<ContentChange> changes, CancellationToken cancellationToken)
    {
        await store.EvictByTagAsync(Tag, cancellationToken);
    }

    public async Task OnFollowedAsync(IReadOnlyCollection<(string ContentId, string Culture)> changed, CancellationToken cancellationToken)
    {
        await store.EvictByTagAsync(Tag, cancellationToken);
    }
}
