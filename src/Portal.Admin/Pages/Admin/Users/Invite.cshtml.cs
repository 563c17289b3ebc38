using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using Portal.Admin.Accounts;
using Portal.Admin.Audit;
using Portal.Admin.Security;
using Portal.Content.Users;
using Portal.Digests.Mail;

namespace Portal.Admin.Users;

/// <summary>
/// Creates an account without a password, in the role chosen, and mails a link to set one. The
/// account, its role, the audit entry and the mail stand or fall together.
/// </summary>
[Authorize(Policy = AdminPolicies.Administration)]
public sealed class InviteUserModel(UserManager<PortalUser> users, AccountMail mail, AuditedChange change, ILogger<InviteUserModel> logger) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the email address to invite.")]
    [EmailAddress(ErrorMessage = "Enter an email address, such as name@example.org.")]
    [StringLength(256)]
    public string? Email { get; set; }

    [BindProperty]
    [StringLength(100, ErrorMessage = "The name is longer than 100 characters.")]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Role { get; set; } = PortalRoles.Contributor;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!AssignableRoles.Contains(Role))
        {
            ModelState.AddModelError(nameof(Role), "Choose one of the roles listed.");
        }

        var email = Email?.Trim() ?? "";
        if (ModelState.IsValid && await users.FindByEmailAsync(email) is not null)
        {
            ModelState.AddModelError(nameof(Email), "An account with this address exists already: find it in the list of users.");
        }

        if (!ModelState.IsValid || !AssignableRoles.Contains(Role))
        {
            return Page();
        }

        var role = Role;

        var user = new PortalUser { UserName = email, Email = email, DisplayName = string.IsNullOrWhiteSpace(DisplayName) ? null : DisplayName.Trim() };
        IdentityResult result;
        try
        {
            result = await change.RunAsync(() => CreateAndMailAsync(user, role), AuditActions.Invite, email, $"as {role}", HttpContext.RequestAborted);
        }
        catch (MailSendException e)
        {
            logger.LogError(e, "The invitation mail could not be sent");
            ModelState.AddModelError("", $"The invitation mail could not be sent ({e.Message}): no account was created. Try again later.");
            return Page();
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(nameof(Email), error.Description);
        }

        return result.Succeeded ? RedirectToPage("/Admin/Users/Index", new { done = "invited" }) : Page();
    }

    private async Task<IdentityResult> CreateAndMailAsync(PortalUser user, string role)
    {
        var result = await users.CreateAsync(user);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, role);
        }

        if (result.Succeeded)
        {
            await mail.SendInvitationAsync(user, role, HttpContext.RequestAborted);
        }

        return result;
    }
}
