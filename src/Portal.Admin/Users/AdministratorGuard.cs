using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Storage;
using Portal.Content.Users;

namespace Portal.Admin.Users;

/// <summary>Refuses a change that would leave the portal without an enabled administrator: nobody could manage users then.</summary>
public sealed class AdministratorGuard(PortalDbContext db)
{
    public const string Code = "LastAdministrator";

    /// <summary>Run inside the change's transaction, so that two administrators demoting each other cannot both pass.</summary>
    public async Task<IdentityResult> CheckOthersRemainAsync(PortalUser leaving, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(leaving);
        var othersRemain = await db.UserRoles
            .Where(link => link.UserId != leaving.Id)
            .Join(db.Roles.Where(role => role.Name == PortalRoles.Administrator), link => link.RoleId, role => role.Id, (link, _) => link.UserId)
            .Join(db.Users.Where(user => user.DisabledUtc == null), id => id, user => user.Id, (id, _) => id)
            .AnyAsync(cancellationToken);
        return othersRemain
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = Code, Description = $"{leaving.Email} is the last enabled administrator: make another user an administrator first." });
    }
}
