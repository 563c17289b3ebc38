namespace Portal.Content.Publishing;

/// <summary>
/// How a process's own copies of what is public (the read model, cached pages and feeds) follow the
/// changes every process writes to the shared queue of public changes: an <c>import</c> beside the site,
/// another web node on the same database, a save in this process. Told as this process's search indexer
/// reads them, just before its index commits them (a page may show a change a moment before a search
/// finds it); the queue stays the truth, and <see cref="IContentChangeHandler"/> still tells this
/// process's own saves at once.
/// </summary>
public interface IPublicChangeFollower
{
    /// <param name="changed">The items (id and culture) whose public version changed.</param>
    Task OnFollowedAsync(IReadOnlyCollection<(string ContentId, string Culture)> changed, CancellationToken cancellationToken);
}
