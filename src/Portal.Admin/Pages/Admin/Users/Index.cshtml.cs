using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Security;
using Portal.Content.Storage;

namespace Portal.Admin.Users;

[Authorize(Policy = AdminPolicies.Administration)]
public sealed class UsersModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var roles = (await db.UserRoles.Join(db.Roles, link => link.RoleId, role => role.Id, (link, role) => new { link.UserId, role.Name }).ToListAsync(cancellationToken))
            .ToLookup(x => x.UserId, x => x.Name ?? "");
        var users = await db.Users.AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.DisabledUtc, Invited = u.PasswordHash == null, u.LockoutEnd, u.TwoFactorEnabled })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        Rows = [.. users.Select(u => new UserRow(
            u.Id,
            u.Email ?? "",
            u.DisplayName,
            string.Join(", ", roles[u.Id].Order(StringComparer.Ordinal)),
            u.DisabledUtc is not null ? "disabled" : u.LockoutEnd > now ? $"locked out until {u.LockoutEnd.Value.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : u.Invited ? "invited" : "active",
            u.TwoFactorEnabled))];
    }
}
