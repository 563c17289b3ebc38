using Microsoft.EntityFrameworkCore;
using Portal.Content.Storage;

namespace Portal.IntegrationTests.Fixtures;

/// <summary>Faults in the database that a rebuild of the search index reads, to make it fail part way.</summary>
public static class SourceFaults
{
    /// <summary>Every version of the item gets fields that no longer read as JSON: building its document throws.</summary>
    public static Task<int> BreakFieldsAsync(PortalDbContext db, string contentId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ContentVersions.Where(v => v.ContentId == contentId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.FieldsJson, "{broken"), TestContext.Current.CancellationToken);
    }
}
