using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Content;
using Portal.Admin.Workflow;

namespace Portal.Admin.Dashboard;

/// <summary>
/// <c>/admin</c>: for editors, what awaits review, what is scheduled and what changed lately; for
/// contributors, their drafts, what was sent back to them (with the comment) and what awaits review.
/// </summary>
public sealed class DashboardModel(DashboardQueries queries) : PageModel
{
    public bool IsEditor { get; private set; }

    public IReadOnlyList<DashboardRow> AwaitingReview { get; private set; } = [];

    public IReadOnlyList<DashboardRow> Scheduled { get; private set; } = [];

    public IReadOnlyList<DashboardRow> Recent { get; private set; } = [];

    public IReadOnlyList<DashboardRow> Drafts { get; private set; } = [];

    public IReadOnlyList<DashboardRow> SentBack { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var aborted = HttpContext.RequestAborted;
        IsEditor = ContentAccess.SeesAll(User);
        if (IsEditor)
        {
            AwaitingReview = await queries.ReviewsAsync(ReviewState.Submitted, null, aborted);
            Scheduled = await queries.ScheduledAsync(aborted);
            Recent = await queries.RecentAsync(aborted);
        }
        else
        {
            var me = ContentAccess.UserId(User);
            Drafts = await queries.DraftsAsync(me, aborted);
            SentBack = await queries.ReviewsAsync(ReviewState.ChangesRequested, me, aborted);
            AwaitingReview = await queries.ReviewsAsync(ReviewState.Submitted, me, aborted);
        }
    }
}
