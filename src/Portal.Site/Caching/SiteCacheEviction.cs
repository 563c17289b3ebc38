using Microsoft.AspNetCore.OutputCaching;
using Portal.Content.Publishing;

namespace Portal.Site.Caching;

/// <summary>Evicts every cached page once a change to what is public is saved, so that a publish is visible at once.</summary>
public sealed class SiteCacheEviction(IOutputCacheStore store) : IContentChangeHandler
{
    public const string Tag = "site";

    public async Task OnSavedAsync(IReadOnlyList<ContentChange> changes, CancellationToken cancellationToken)
    {
        await store.EvictByTagAsync(Tag, cancellationToken);
    }
}
