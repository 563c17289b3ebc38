using System.Security.Claims;
using Portal.Admin.Security;

namespace Portal.Admin.Content;

/// <summary>Who may see and change which items: editors everything, contributors only what they own.</summary>
public static class ContentAccess
{
    public static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public static bool SeesAll(ClaimsPrincipal user) => AdminPolicies.EditingRoles.Any(user.IsInRole);

    public static bool MayEdit(ClaimsPrincipal user, string? ownerId) =>
        SeesAll(user) || (ownerId is not null && ownerId == UserId(user));
}
