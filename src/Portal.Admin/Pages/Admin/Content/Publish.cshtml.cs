using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Content;
using Portal.Admin.Security;
using Portal.Content.Model;
using Portal.Content.Publishing;
using Portal.Content.Types;

namespace Portal.Admin.Workflow;

/// <summary>
/// <c>POST /admin/content/{id}/{culture}/publish?handler=...</c>: an editor's decisions. Contributors get
/// 403 from the policy, whatever buttons they may forge. Each form carries the revision its page
/// showed: a decision about a version the editor has not seen is refused.
/// </summary>
[Authorize(Policy = AdminPolicies.Editing)]
public sealed class WorkflowModel(ContentOperations operations, WorkflowActions actions, TimeProvider clock, ContentTypeCatalog types) : PageModel
{
    [BindProperty]
    public int Revision { get; set; }

    [BindProperty]
    public string? At { get; set; }

    [BindProperty]
    public string? Zone { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public string? Problem { get; private set; }

    public string EditUrl { get; private set; } = "/admin/content";

    /// <summary>Decisions are posted from the item's page; this page only points there.</summary>
    public void OnGet(string id, string culture) => EditUrl = $"/admin/content/{id}/{culture}/edit";

    public Task<IActionResult> OnPostPublishAsync(string id, string culture) =>
        DecideAsync(id, culture, "published", async (item, ct) => await actions.PublishLatestAsync(item, "content.publish", ct), publishes: true);

    public Task<IActionResult> OnPostApproveAsync(string id, string culture) =>
        DecideAsync(id, culture, "approved", async (item, ct) =>
            !await actions.AwaitsReviewAsync(item, ct) ? "Nothing of this item awaits review." : await actions.PublishLatestAsync(item, "content.approve", ct), publishes: true);

    public Task<IActionResult> OnPostScheduleAsync(string id, string culture) =>
        DecideAsync(id, culture, "scheduled", (item, ct) => ScheduleAsync(item, "content.schedule", ct), publishes: true);

    public Task<IActionResult> OnPostApproveScheduleAsync(string id, string culture) =>
        DecideAsync(id, culture, "scheduled", async (item, ct) =>
            !await actions.AwaitsReviewAsync(item, ct) ? "Nothing of this item awaits review." : await ScheduleAsync(item, "content.approve-schedule", ct), publishes: true);

    public Task<IActionResult> OnPostSendBackAsync(string id, string culture) =>
        DecideAsync(id, culture, "sent-back", async (item, ct) =>
        {
            var comment = Comment?.Trim();
            if (comment is not { Length: > 0 and <= 4000 })
            {
                return "Say what should change: a comment of 1 to 4,000 characters.";
            }

            return await actions.SendBackAsync(item, comment, ContentAccess.UserId(User), ct) ? null : "Nothing of this item awaits review.";
        });

    public Task<IActionResult> OnPostUnpublishAsync(string id, string culture) =>
        DecideAsync(id, culture, "unpublished", async (item, ct) =>
        {
            if (item.Status != ContentStatus.Published)
            {
                return "The item is not published.";
            }

            await actions.UnpublishAsync(item, ct);
            return null;
        });

    public Task<IActionResult> OnPostArchiveAsync(string id, string culture) =>
        DecideAsync(id, culture, "archived", async (item, ct) =>
        {
            if (item.Status == ContentStatus.Archived)
            {
                return "The item is already archived.";
            }

            await actions.ArchiveAsync(item, ct);
            return null;
        });

    public Task<IActionResult> OnPostCancelScheduleAsync(string id, string culture) =>
        DecideAsync(id, culture, "schedule-cancelled", async (item, ct) =>
        {
            if (await actions.CancelPendingAsync(item, ct) == 0)
            {
                return "Nothing of this item is scheduled.";
            }

            actions.RecordCancellation(item);
            return null;
        });

    private async Task<string?> ScheduleAsync(ContentItem item, string action, CancellationToken cancellationToken)
    {
        if (ScheduleTime.Parse(At, Zone, clock.GetUtcNow().UtcDateTime, out var problem) is not { } due)
        {
            return problem;
        }

        await actions.ScheduleLatestAsync(item, due, action, ContentAccess.UserId(User), cancellationToken);
        return null;
    }

    /// <param name="decide">Makes the change in the context, or returns why it cannot.</param>
    /// <param name="publishes">The decision makes the latest version public, now or later: its text must say something.</param>
    private async Task<IActionResult> DecideAsync(string id, string culture, string done, Func<ContentItem, CancellationToken, Task<string?>> decide, bool publishes = false)
    {
        var aborted = HttpContext.RequestAborted;
        EditUrl = $"/admin/content/{id}/{culture}/edit";
        var item = await operations.Db.ContentItems.FirstOrDefaultAsync(x => x.ContentId == id && x.Culture == culture, aborted);
        if (item is null)
        {
            return NotFound();
        }

        if (item.Revision != Revision)
        {
            return Refuse(StatusCodes.Status409Conflict, "The item changed since you opened it; nothing was done. Open it again to see its latest version.");
        }

        if (publishes && types.Find(item.Type) is { } type && OutlineBody.IsEmpty(type, await LatestBodyAsync(item, aborted)))
        {
            // Back to the editor, which shows why beside the body; nothing is published or scheduled.
            return Redirect($"{EditUrl}?refused={PublishRefusals.EmptyBody}");
        }

        if (await decide(item, aborted) is { } problem)
        {
            return Refuse(StatusCodes.Status400BadRequest, problem);
        }

        try
        {
            await operations.SaveAsync(aborted);
        }
        catch (DbUpdateException)
        {
            return Refuse(StatusCodes.Status409Conflict, "The item changed while this was being done; nothing was done. Open it again to see its latest version.");
        }

        return Redirect($"{EditUrl}?done={done}");
    }

    private Task<string?> LatestBodyAsync(ContentItem item, CancellationToken cancellationToken) =>
        operations.Db.ContentVersions.Where(v => v.ContentId == item.ContentId && v.Culture == item.Culture && v.Number == item.LatestVersion)
            .Select(v => (string?)v.Body).FirstOrDefaultAsync(cancellationToken);

    private PageResult Refuse(int status, string problem)
    {
        operations.Db.ChangeTracker.Clear();
        Problem = problem;
        return new PageResult { StatusCode = status };
    }
}
