using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Security;
using Portal.Content.Storage;

namespace Portal.Admin.Audit;

/// <summary>The audit log, newest first, filtered by who (part of the name), the action (its start) and the target (part of it).</summary>
[Authorize(Policy = AdminPolicies.Administration)]
public sealed class AuditModel(PortalDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "target")]
    public string? TargetFilter { get; set; }

    /// <summary>Not "page": Razor Pages keeps that route value for the page's own name.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!ModelState.IsValid || PageNumber < 1)
        {
            ModelState.AddModelError("", "The page number must be a whole number, 1 or more.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var query = db.Set<AuditEntry>().AsNoTracking();
#pragma warning disable CA1304, CA1311, CA1862 // EF Core translates the culture-free ToLower() to SQL lower(), alike on both providers; the overloads the rules want are not translated.
        if (Filter(UserFilter) is { } user)
        {
            query = query.Where(e => e.UserName != null && e.UserName.ToLower().Contains(user));
        }

        if (Filter(ActionFilter) is { } action)
        {
            query = query.Where(e => e.Action.ToLower().StartsWith(action));
        }

        if (Filter(TargetFilter) is { } target)
        {
            query = query.Where(e => e.Target != null && e.Target.ToLower().Contains(target));
        }

#pragma warning restore CA1304, CA1311, CA1862
        Total = await query.CountAsync(HttpContext.RequestAborted);
        Entries = await query.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .ToListAsync(HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The filters of this page with another page number, for the paging links.</summary>
    public Dictionary<string, string> Link(int page)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in new[] { ("user", UserFilter), ("action", ActionFilter), ("target", TargetFilter) })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[name] = value;
            }
        }

        values["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }

    private static string? Filter(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();
}
