using Microsoft.AspNetCore.Identity;

namespace Portal.Content.Users;

public sealed class PortalUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public DateTime CreatedUtc { get; init; } = DateTime.UtcNow;

    /// <summary>Set by an administrator; a disabled user cannot sign in and its sessions end.</summary>
    public DateTime? DisabledUtc { get; set; }
}
