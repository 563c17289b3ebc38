using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Admin.Security;
using Portal.Content.Users;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Portal.Admin.Accounts;

/// <summary>The second step of signing in: a code of the authenticator app, or one of the recovery codes.</summary>
[EnableRateLimiting(AccountRateLimits.Policy)]
public sealed class LoginTwoFactorModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, SignInRecorder recorder) : PageModel
{
    public const string Failed = "The code is not right, or the account cannot sign in now.";

    [BindProperty]
    [StringLength(64)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login", new { ReturnUrl }) : Page();

    public Task<IActionResult> OnPostAsync() =>
        CheckAsync("authenticator code", _ => signIn.TwoFactorAuthenticatorSignInAsync(Digits(Code ?? ""), isPersistent: false, rememberClient: false));

    public Task<IActionResult> OnPostRecoveryAsync() => CheckAsync("recovery code", RecoveryAsync);

    private async Task<IActionResult> CheckAsync(string step, Func<PortalUser, Task<SignInResult>> check)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            // The password step has expired (or never happened): start again.
            return RedirectToPage("/Account/Login", new { ReturnUrl });
        }

        if (user.DisabledUtc is not null || !ModelState.IsValid)
        {
            await recorder.RecordRefusedAsync(user.Email, user.DisabledUtc is null ? "code too long" : "account disabled", HttpContext.RequestAborted);
            Error = Failed;
            return Page();
        }

        var result = await check(user);
        if (!result.Succeeded && await users.IsLockedOutAsync(user))
        {
            result = SignInResult.LockedOut;
        }

        await recorder.RecordAsync(result, user, step, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return LocalRedirect(AccountRedirect.Local(Url, ReturnUrl));
        }

        Error = Failed;
        return Page();
    }

    // Identity's recovery sign-in neither checks the lock-out nor counts a wrong code: both are done here,
    // unless a later Identity counted it already.
    private async Task<SignInResult> RecoveryAsync(PortalUser user)
    {
        if (await users.IsLockedOutAsync(user))
        {
            return SignInResult.LockedOut;
        }

        var failuresBefore = user.AccessFailedCount;
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(Code?.Trim() ?? "");
        if (!result.Succeeded && user.AccessFailedCount == failuresBefore)
        {
            await users.AccessFailedAsync(user);
        }

        return result;
    }

    private static string Digits(string code) => new([.. code.Where(char.IsAsciiDigit)]);
}
