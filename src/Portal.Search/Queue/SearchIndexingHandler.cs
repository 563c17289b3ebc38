using Portal.Content.Publishing;
using Portal.Content.Storage;

namespace Portal.Search.Queue;

/// <summary>Queues an indexing task for every item whose public version changed, in the content's own transaction.</summary>
public sealed class SearchIndexingHandler(IndexingSignal signal, TimeProvider clock) : IContentChangeHandler
{
    public Task OnSavingAsync(PortalDbContext db, IReadOnlyList<ContentChange> changes, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (contentId, culture) in changes.Select(c => (c.ContentId, c.Culture)).Distinct())
        {
            db.Set<IndexingTask>().Add(new IndexingTask { ContentId = contentId, Culture = culture, CreatedUtc = now });
        }

        return Task.CompletedTask;
    }

    public Task OnSavedAsync(IReadOnlyList<ContentChange> changes, CancellationToken cancellationToken)
    {
        signal.Raise();
        return Task.CompletedTask;
    }
}
