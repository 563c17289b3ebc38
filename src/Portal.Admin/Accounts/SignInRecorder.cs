using Microsoft.AspNetCore.Identity;
using Portal.Admin.Audit;
using Portal.Content.Storage;
using Portal.Content.Users;

namespace Portal.Admin.Accounts;

/// <summary>
/// Writes each sign-in step's outcome to the audit log. Identity has already saved what the step
/// changed (the failure count, the lock-out), so the entry is saved on its own, at once.
/// </summary>
public sealed class SignInRecorder(AuditLog audit, PortalDbContext db)
{
    public Task RecordAsync(SignInResult result, PortalUser user, string step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(user);
        var action = result.Succeeded ? AuditActions.Login : result.IsLockedOut ? AuditActions.LockedOut : AuditActions.LoginFailed;
        var detail = result.IsLockedOut && user.LockoutEnd is { } end ? $"{step}; locked until {end.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : step;
        audit.Record(action, user.Email, detail, user);
        return db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An attempt on an address without an account, or on a disabled account.</summary>
    public Task RecordRefusedAsync(string? typed, string reason, CancellationToken cancellationToken)
    {
        audit.Record(AuditActions.LoginFailed, typed, reason);
        return db.SaveChangesAsync(cancellationToken);
    }
}
