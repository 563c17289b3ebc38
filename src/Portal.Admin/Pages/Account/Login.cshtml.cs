using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Admin.Security;
using Portal.Content.Users;

namespace Portal.Admin.Accounts;

[EnableRateLimiting(AccountRateLimits.Policy)]
public sealed class LoginModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, SignInRecorder recorder, DecoyPassword decoy) : PageModel
{
    // One message for every failure, so that the page does not tell which addresses have accounts.
    public const string Failed = "The email or the password is not right, or the account cannot sign in now.";

    public const string PasswordSet = "Your password is set: sign in with it.";

    [BindProperty]
    [StringLength(256)]
    public string? Email { get; set; }

    [BindProperty]
    [StringLength(1024)]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var user = ModelState.IsValid ? await users.FindByEmailAsync(Email?.Trim() ?? "") : null;
        if (user is null || user.DisabledUtc is not null)
        {
            decoy.Verify(users.PasswordHasher, Password);
            await recorder.RecordRefusedAsync(Email, user is null ? "no account with this address" : "account disabled", cancellationToken);
            return Refuse();
        }

        // Identity refuses a locked account without hashing the password.
        if (await users.IsLockedOutAsync(user))
        {
            decoy.Verify(users.PasswordHasher, Password);
        }

        var result = await signIn.PasswordSignInAsync(user, Password ?? "", isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginTwoFactor", new { ReturnUrl });
        }

        await recorder.RecordAsync(result, user, "password", cancellationToken);
        return result.Succeeded ? LocalRedirect(AccountRedirect.Local(Url, ReturnUrl)) : Refuse();
    }

    private PageResult Refuse()
    {
        Error = Failed;
        return Page();
    }
}
