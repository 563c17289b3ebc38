namespace Portal.Content.Users;

public static class PortalRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Contributor = "Contributor";
    public const string Member = "Member";
}
