using Portal.Content.Users;

namespace Portal.Admin.Security;

/// <summary>The authorization policies of the admin: each names the roles it lets in (CONTRACT section 6).</summary>
public static class AdminPolicies
{
    /// <summary>Users and roles, the audit log, site-wide settings.</summary>
    public const string Administration = nameof(Administration);

    /// <summary>All content, publishing, review and digests.</summary>
    public const string Editing = nameof(Editing);

    /// <summary>Writing one's own drafts and submitting them for review; the admin's front door.</summary>
    public const string Contributing = nameof(Contributing);

    public static readonly string[] AdministrationRoles = [PortalRoles.Administrator];
    public static readonly string[] EditingRoles = [PortalRoles.Administrator, PortalRoles.Editor];
    public static readonly string[] ContributingRoles = [PortalRoles.Administrator, PortalRoles.Editor, PortalRoles.Contributor];
}
