using System.Diagnostics.CodeAnalysis;
using Portal.Content.Users;

namespace Portal.Admin.Users;

/// <summary>The roles an administrator can give, most powerful first; each user holds one.</summary>
public static class AssignableRoles
{
    public static readonly IReadOnlyList<string> All = [PortalRoles.Administrator, PortalRoles.Editor, PortalRoles.Contributor, PortalRoles.Member];

    public static bool Contains([NotNullWhen(true)] string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
