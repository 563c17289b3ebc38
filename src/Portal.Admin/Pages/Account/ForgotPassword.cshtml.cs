using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Admin.Audit;
using Portal.Admin.Security;
using Portal.Content.Storage;
using Portal.Content.Users;

namespace Portal.Admin.Accounts;

/// <summary>
/// Asks for a password-reset mail. The answer is the same, and as quick, whether or not the address
/// has an account (the mail goes after the answer, from <see cref="PendingResetMails"/>), so that the
/// page does not tell which addresses do; only the audit log says.
/// </summary>
[EnableRateLimiting(AccountRateLimits.Policy)]
public sealed class ForgotPasswordModel(UserManager<PortalUser> users, PendingResetMails queue, AuditLog audit, PortalDbContext db) : PageModel
{
    public const string Answer = "If an account uses this address, a mail with a link to choose a new password is on its way. Look in your inbox in a few minutes.";

    [BindProperty]
    [Required(ErrorMessage = "Enter the email address of your account.")]
    [EmailAddress(ErrorMessage = "Enter an email address, such as name@example.org.")]
    [StringLength(256)]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Email?.Trim() ?? "";
        var user = await users.FindByEmailAsync(email);
        var outcome = user is null ? "no account" : user.DisabledUtc is not null ? "account disabled" : "mail queued";
        if (user is not null && user.DisabledUtc is null && !queue.TryAdd(new ResetMailRequest(user.Id)))
        {
            outcome = "not queued: too many waiting";
        }

        audit.Record(AuditActions.ResetRequested, email, outcome);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Sent = true;
        return Page();
    }
}
