using Microsoft.EntityFrameworkCore;
using Portal.Admin.Audit;
using Portal.Content.Model;
using Portal.Content.Storage;

namespace Portal.Admin.Workflow;

/// <summary>A contributor's "submit for review": the item's review row says Submitted, for its latest version.</summary>
public sealed class ReviewSubmission(PortalDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>Adds the change to the context; the caller saves it with the version it may have written.</summary>
    public async Task SubmitAsync(ContentItem item, string userId, CancellationToken cancellationToken)
    {
        var row = await db.Set<ContentReview>().FirstOrDefaultAsync(r => r.ContentId == item.ContentId && r.Culture == item.Culture, cancellationToken);
        if (row is null)
        {
            row = new ContentReview { ContentId = item.ContentId, Culture = item.Culture };
            db.Add(row);
        }

        row.State = ReviewState.Submitted;
        row.VersionNumber = item.LatestVersion;
        row.SubmittedBy = userId;
        row.SubmittedUtc = clock.GetUtcNow().UtcDateTime;
        // The editor's earlier comment has been answered by this submission.
        row.Comment = null;
        audit.Record("content.submit", $"{item.ContentId}/{item.Culture}", $"version {item.LatestVersion}");
    }
}
