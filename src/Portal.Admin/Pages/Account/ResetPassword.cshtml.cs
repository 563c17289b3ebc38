using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Admin.Audit;
using Portal.Admin.Security;
using Portal.Content.Users;

namespace Portal.Admin.Accounts;

/// <summary>Sets a password from the link of a reset or an invitation mail; the link works once.</summary>
[EnableRateLimiting(AccountRateLimits.Policy)]
public sealed class ResetPasswordModel(UserManager<PortalUser> users, AuditedChange change) : PageModel
{
    public const string LinkInvalid = "This link is not valid: it has expired, has been used already, or was copied incompletely. Ask for a new one.";

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(1024)]
    public string? Password { get; set; }

    [BindProperty]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    public string? Confirm { get; set; }

    /// <summary>An invited account sets its first password: the page says so.</summary>
    public bool FirstPassword { get; private set; }

    public bool LinkIsInvalid { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await FindAsync();
        if (user is null || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<PortalUser>.ResetPasswordTokenPurpose, Token ?? ""))
        {
            return Invalid();
        }

        FirstPassword = user.PasswordHash is null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await FindAsync();
        if (user is null)
        {
            return Invalid();
        }

        FirstPassword = user.PasswordHash is null;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await change.RunAsync(() => SetPasswordAsync(user), AuditActions.ResetDone, user.Email, FirstPassword ? "first password" : null, HttpContext.RequestAborted);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            return Invalid();
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(nameof(Password), error.Description);
        }

        return result.Succeeded ? RedirectToPage("/Account/Login", new { done = "password" }) : Page();
    }

    // The mail proved the address; a new password also lifts a lock-out, which only guessed passwords earn.
    private async Task<IdentityResult> SetPasswordAsync(PortalUser user)
    {
        var result = await users.ResetPasswordAsync(user, Token ?? "", Password ?? "");
        if (!result.Succeeded)
        {
            return result;
        }

        user.EmailConfirmed = true;
        await users.ResetAccessFailedCountAsync(user);
        return await users.SetLockoutEndDateAsync(user, null);
    }

    private async Task<PortalUser?> FindAsync()
    {
        var user = UserId is { Length: > 0 and <= 450 } ? await users.FindByIdAsync(UserId) : null;
        return user?.DisabledUtc is null ? user : null;
    }

    private PageResult Invalid()
    {
        LinkIsInvalid = true;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
