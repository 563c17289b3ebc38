using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Logging;
using Portal.Admin.Audit;
using Portal.Admin.Security;
using Portal.Content.Storage;
using Portal.Content.Users;
using Portal.Digests.Mail;

namespace Portal.Admin.Accounts;

/// <summary>
/// Asks for a password-reset mail. The answer is the same whether or not the address has an
/// account, so that the page does not tell which addresses do; only the audit log says.
/// </summary>
[EnableRateLimiting(AccountRateLimits.Policy)]
public sealed class ForgotPasswordModel(UserManager<PortalUser> users, AccountMail mail, AuditLog audit, PortalDbContext db, ILogger<ForgotPasswordModel> logger) : PageModel
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
        var outcome = user is null ? "no account" : user.DisabledUtc is not null ? "account disabled" : "mail sent";
        if (user is not null && user.DisabledUtc is null)
        {
            try
            {
                await mail.SendResetAsync(user, HttpContext.RequestAborted);
            }
            catch (MailSendException e)
            {
                // Said in the log and the audit only: a different answer would tell that the account exists.
                logger.LogError(e, "The password-reset mail could not be sent");
                outcome = "mail failed: " + e.Message;
            }
        }

        audit.Record(AuditActions.ResetRequested, email, outcome);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Sent = true;
        return Page();
    }
}
