using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Audit;
using Portal.Admin.Media;
using Portal.Admin.Scheduling;
using Portal.Admin.Workflow;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Admin;

/// <summary>
/// Everything a content or media form can change, as one string: items with their state and versions,
/// reviews, schedules, media rows and files, and the audit log. Equal before and after means unchanged.
/// </summary>
public static class ContentState
{
    public static async Task<string> SnapshotAsync(PortalApp app)
    {
        var state = await app.QueryAsync(async db => new
        {
            Items = await db.ContentItems.OrderBy(i => i.ContentId).ThenBy(i => i.Culture)
                .Select(i => new { i.ContentId, i.Culture, i.Status, i.LatestVersion, i.PublishedVersion, i.Revision, i.Slug })
                .ToListAsync(),
            Versions = await db.ContentVersions.CountAsync(),
            Reviews = await db.Set<ContentReview>().OrderBy(r => r.ContentId).Select(r => r.ContentId + " " + r.State + " " + r.VersionNumber).ToListAsync(),
            Schedules = await db.Set<ScheduledPublication>().OrderBy(s => s.Id).Select(s => new { s.Id, s.DoneUtc, s.Cancelled }).ToListAsync(),
            Media = await db.Set<MediaFile>().OrderBy(m => m.Id).Select(m => new { m.Id, m.AltText }).ToListAsync(),
            Audit = await db.Set<AuditEntry>().CountAsync(),
        });
        var mediaFolder = Path.Combine(app.DataPath, "media");
        var files = Directory.Exists(mediaFolder) ? Directory.GetFiles(mediaFolder).Length : 0;
        return JsonSerializer.Serialize(new { state, files });
    }
}
