using Portal.Content.Storage;

namespace Portal.Content.Publishing;

/// <summary>
/// How other features (search, caches, digests) follow content. Handlers hear only of changes to
/// what is public (see <see cref="ContentChange.ChangesWhatIsPublic"/>), never of an empty list.
/// <see cref="OnSavingAsync"/> runs
/// before the changes are saved, in the same unit of work, so that what it adds to the context
/// (a queue entry, say) commits or fails together with the content.
/// </summary>
public interface IContentChangeHandler
{
    Task OnSavingAsync(PortalDbContext db, IReadOnlyList<ContentChange> changes, CancellationToken cancellationToken) => Task.CompletedTask;

    Task OnSavedAsync(IReadOnlyList<ContentChange> changes, CancellationToken cancellationToken) => Task.CompletedTask;
}
