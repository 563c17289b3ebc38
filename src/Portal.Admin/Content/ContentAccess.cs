using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Security;
using Portal.Content.Model;

namespace Portal.Admin.Content;

/// <summary>Who may see and change which items: editors everything, contributors only what they own.</summary>
public static class ContentAccess
{
    public static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public static bool SeesAll(ClaimsPrincipal user) => AdminPolicies.EditingRoles.Any(user.IsInRole);

    public static bool MayEdit(ClaimsPrincipal user, string? ownerId) =>
        SeesAll(user) || (ownerId is not null && ownerId == UserId(user));

    /// <summary>Whether a page may go on with the item it was asked about; if not, <paramref name="refusal"/> is its answer: 404 when there is no item, 403 when the user may not edit it.</summary>
    public static bool MayEdit(PageModel page, [NotNullWhen(true)] ContentItem? item, [NotNullWhen(false)] out IActionResult? refusal)
    {
        refusal = item is null ? page.NotFound() : MayEdit(page.User, item.OwnerId) ? null : page.Forbid();
        return item is not null && refusal is null;
    }
}
