using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Audit;
using Portal.Content.Users;
using Portal.Digests.Alerts;

namespace Portal.Admin.Digests;

/// <summary>
/// <c>/account/alerts</c>: the signed-in account's search alerts, to list, save and remove. The search
/// page links here with its search in the query string (a plain link, so that the public page, which
/// is cached, carries no one's token); this page asks to save it with a form of its own.
/// </summary>
[Authorize]
public sealed class MyAlertsModel(UserManager<PortalUser> users, AlertService alerts, AlertMessages messages, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public IReadOnlyList<SearchAlert> Alerts { get; private set; } = [];

    /// <summary>The search the page was opened with, to be saved; null without one.</summary>
    public AlertRequest? Proposed { get; private set; }

    public string SearchUrl(SearchAlert alert) => messages.SearchPath(alert);

    public async Task<IActionResult> OnGetAsync()
    {
        Alerts = await alerts.ActiveAsync(UserId, HttpContext.RequestAborted);
        if (Request.Query.Keys.Any(k => k is "q" or "type" or "cluster" or "country" or "hazard"))
        {
            var (request, problems) = await alerts.ReadAsync(Request.Query, HttpContext.RequestAborted);
            Proposed = request;
            foreach (var problem in problems)
            {
                ModelState.AddModelError("", problem);
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        var aborted = HttpContext.RequestAborted;
        var (request, problems) = await alerts.ReadAsync(Request.Form, aborted);
        if (request is null)
        {
            return await RefuseAsync(problems);
        }

        var title = new SearchAlert { UserId = UserId, Query = request.Query, Type = request.Type, Cluster = request.Cluster, Country = request.Country, Hazard = request.Hazard, Culture = request.Culture }.Title;
        audit.Record(DigestAuditActions.AlertSave, User.Identity?.Name, $"{title} ({request.Culture})");
        var (_, problem) = await alerts.SaveAsync(UserId, request, aborted);
        return problem is null ? RedirectToPage(new { done = "saved" }) : await RefuseAsync([problem]);
    }

    public async Task<IActionResult> OnPostRemoveAsync([FromForm] Guid? alert)
    {
        audit.Record(DigestAuditActions.AlertEnd, User.Identity?.Name, alert?.ToString());
        return alert is { } id && await alerts.EndAsync(UserId, id, HttpContext.RequestAborted)
            ? RedirectToPage(new { done = "removed" })
            : await RefuseAsync(["You have no such alert."]);
    }

    private string UserId => users.GetUserId(User) ?? throw new InvalidOperationException("A signed-in user has an id.");

    private async Task<PageResult> RefuseAsync(IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            ModelState.AddModelError("", problem);
        }

        Alerts = await alerts.ActiveAsync(UserId, HttpContext.RequestAborted);
        return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
    }
}
