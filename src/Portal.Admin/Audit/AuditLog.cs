using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Portal.Content.Storage;

namespace Portal.Admin.Audit;

/// <summary>
/// Adds an entry to the context without saving it, so that the entry and the change it records are
/// written by the same <c>SaveChanges</c>, in one transaction: there is no change without its entry.
/// </summary>
public sealed class AuditLog(PortalDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public void Record(string action, string? target, string? detail = null)
    {
        var context = http.HttpContext;
        var user = context?.User;
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = user?.FindFirstValue(ClaimTypes.NameIdentifier),
            UserName = user?.Identity?.Name,
            Action = action,
            Target = Truncate(target, 512),
            Detail = Truncate(detail, 4000),
            Address = context?.Connection.RemoteIpAddress?.ToString(),
        });
    }

    private static string? Truncate(string? value, int length) => value is { Length: > 0 } && value.Length > length ? value[..length] : value;
}
