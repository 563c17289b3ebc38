using Microsoft.Extensions.DependencyInjection;
using Portal.Admin.Media;
using Portal.Admin.Scheduling;
using Portal.Admin.Workflow;
using Portal.Content.Publishing;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Admin;

/// <summary>What the sweep's content and media rows act on: a new item or media file for each case, so that cases do not meet.</summary>
public static class SweepSamples
{
    /// <summary>A News item written straight through <see cref="ContentOperations"/>: one version, owned by nobody signed in (so a Contributor may not touch it), in the state asked for.</summary>
    public static async Task<(string Id, int Revision)> ItemAsync(PortalApp app, bool published = false, bool submitted = false, bool scheduled = false)
    {
        var id = $"sweep-{Guid.NewGuid():N}";
        using var scope = app.Services.CreateScope();
        var operations = scope.ServiceProvider.GetRequiredService<ContentOperations>();
        var draft = new ContentDraft(id, "Sweep news", null, "Body.", $"{{\"type\":\"News\",\"id\":\"{id}\",\"title\":\"Sweep news\"}}", null);
        var item = operations.Create(id, "en", "News", ownerId: null, draft);
        if (published)
        {
            operations.Publish(item, item.Versions[0]);
        }

        if (submitted)
        {
            operations.Db.Add(new ContentReview { ContentId = id, Culture = "en", State = ReviewState.Submitted, VersionNumber = 1, SubmittedUtc = DateTime.UtcNow });
        }

        if (scheduled)
        {
            operations.Db.Add(new ScheduledPublication { ContentId = id, Culture = "en", VersionNumber = 1, DueUtc = DateTime.UtcNow.AddDays(3), CreatedUtc = DateTime.UtcNow });
        }

        await operations.SaveAsync(TestContext.Current.CancellationToken);
        return (id, item.Revision);
    }

    /// <summary>A media row with its file, as an upload leaves them.</summary>
    public static Task<long> MediaAsync(PortalApp app) => app.QueryAsync(async db =>
    {
        var name = $"sweep-{Guid.NewGuid():N}.pdf";
        var folder = Directory.CreateDirectory(Path.Combine(app.DataPath, "media")).FullName;
        var bytes = "%PDF-1.4\n%sweep\n"u8.ToArray();
        await File.WriteAllBytesAsync(Path.Combine(folder, name), bytes, TestContext.Current.CancellationToken);
        var row = new MediaFile { StoredName = name, FileName = name, ContentType = "application/pdf", Length = bytes.Length, Sha256 = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), UploadedUtc = DateTime.UtcNow };
        db.Add(row);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return row.Id;
    });
}
