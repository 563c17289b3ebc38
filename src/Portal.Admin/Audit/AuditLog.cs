using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Portal.Content.Storage;
using Portal.Content.Users;

namespace Portal.Admin.Audit;

/// <summary>
/// Adds an entry to the context without saving it, so that the entry and the change it records are
/// written by the same <c>SaveChanges</c>, in one transaction: there is no change without its entry.
/// </summary>
public sealed class AuditLog(PortalDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public void Record(string action, string? target, string? detail = null)
    {
        var user = http.HttpContext?.User;
        Add(action, target, detail, user?.FindFirstValue(ClaimTypes.NameIdentifier), user?.Identity?.Name);
    }

    /// <summary>For the sign-in steps, before a cookie names anyone: the entry names the account that tried.</summary>
    public void Record(string action, string? target, string? detail, PortalUser actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Add(action, target, detail, actor.Id, actor.UserName);
    }

    private void Add(string action, string? target, string? detail, string? userId, string? userName) =>
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = userId,
            UserName = userName,
            Action = action,
            Target = Truncate(target, 512),
            Detail = Truncate(detail, 4000),
            Address = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });

    private static string? Truncate(string? value, int length) => value is { Length: > 0 } && value.Length > length ? value[..length] : value;
}
