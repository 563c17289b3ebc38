using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Audit;
using Portal.Admin.Security;
using Portal.Content.Storage;
using Portal.Digests.Subscriptions;

namespace Portal.Admin.Digests;

/// <summary>
/// <c>/admin/digests</c>: the figures of members and digests, and the suspended subscriptions with
/// the refusal that suspended them; an editor may reactivate one (audited with the change).
/// </summary>
[Authorize(Policy = AdminPolicies.Editing)]
public sealed class DigestsModel(DigestFigureQueries queries, PortalDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public Guid Subscription { get; set; }

    public DigestFigures Figures { get; private set; } = null!;

    public async Task OnGetAsync() => Figures = await queries.ReadAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostReactivateAsync()
    {
        var aborted = HttpContext.RequestAborted;
        var subscription = await db.Set<Subscription>().FirstOrDefaultAsync(s => s.Id == Subscription, aborted);
        if (subscription is not { Status: SubscriptionStatus.Suspended })
        {
            ModelState.AddModelError("", subscription is null
                ? "There is no such subscription: nothing was changed."
                : $"The subscription of {subscription.Email} is not suspended (it is {subscription.Status.ToString().ToLowerInvariant()}): nothing was changed.");
            Figures = await queries.ReadAsync(aborted);
            return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
        }

        // Its window stays: the next digest lists what went live since the last one composed.
        subscription.Status = SubscriptionStatus.Active;
        subscription.FailureCount = 0;
        subscription.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record(DigestAuditActions.Reactivate, subscription.Email, "suspended → active");
        await db.SaveChangesAsync(aborted);
        return RedirectToPage(new { done = "reactivated" });
    }
}
