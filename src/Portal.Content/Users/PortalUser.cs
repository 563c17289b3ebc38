using Microsoft.AspNetCore.Identity;

namespace Portal.Content.Users;

public sealed class PortalUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public DateTime CreatedUtc { get; init; } = DateTime.UtcNow;
}
