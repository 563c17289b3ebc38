using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Audit;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Admin;

/// <summary>
/// Everything an account or user form can change, as one string: the accounts with their stamps,
/// passwords, locks and two-factor state, their roles and tokens, the audit log and the mail sent.
/// Equal before and after a request means the request changed nothing.
/// </summary>
public static class AccountState
{
    public static async Task<string> SnapshotAsync(PortalApp app)
    {
        var state = await app.QueryAsync(async db => new
        {
            Users = await db.Users.OrderBy(u => u.Id)
                .Select(u => new { u.Id, u.Email, u.PasswordHash, u.SecurityStamp, u.DisabledUtc, u.TwoFactorEnabled, u.AccessFailedCount, u.LockoutEnd, u.EmailConfirmed })
                .ToListAsync(),
            Roles = await db.UserRoles.OrderBy(r => r.UserId).ThenBy(r => r.RoleId).Select(r => r.UserId + " " + r.RoleId).ToListAsync(),
            Tokens = await db.UserTokens.OrderBy(t => t.UserId).ThenBy(t => t.Name).Select(t => t.UserId + " " + t.Name + " " + t.Value).ToListAsync(),
            Audit = await db.Set<AuditEntry>().CountAsync(),
        });
        var mailFolder = Path.Combine(app.DataPath, "mail");
        var mails = Directory.Exists(mailFolder) ? Directory.GetFiles(mailFolder).Length : 0;
        return JsonSerializer.Serialize(new { state, mails });
    }
}
