using Microsoft.EntityFrameworkCore;
using Portal.Content.Model;
using Portal.Content.Publishing;
using Portal.Content.Storage;

namespace Portal.Admin.Scheduling;

/// <summary>
/// Items published with a future <c>published</c> date (from a content file) become public at that
/// moment without any write. This tells the features that follow content (the output cache, say)
/// that they arrived, so a cached page does not hide them until it expires.
/// </summary>
public sealed class ArrivalNotice(PortalDbContext db, IEnumerable<IContentChangeHandler> handlers)
{
    /// <returns>How many items became public in (<paramref name="fromUtc"/>, <paramref name="toUtc"/>].</returns>
    public async Task<int> TellAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        var arrived = await PublicContent.Live(db, toUtc).AsNoTracking()
            .Where(i => i.PublishedUtc > fromUtc)
            .Select(i => new ContentChange(i.ContentId, i.Culture, i.Type, ContentChangeKind.Published))
            .ToListAsync(cancellationToken);
        if (arrived.Count > 0)
        {
            foreach (var handler in handlers)
            {
                await handler.OnSavedAsync(arrived, cancellationToken);
            }
        }

        return arrived.Count;
    }
}
