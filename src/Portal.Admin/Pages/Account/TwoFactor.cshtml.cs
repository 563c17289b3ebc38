using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Portal.Admin.Audit;
using Portal.Content.Users;

namespace Portal.Admin.Accounts;

/// <summary>
/// Two-factor sign-in with an authenticator app: shows the shared key, turns it on once a code from
/// the app proves the app has it, hands out recovery codes, turns it off.
/// </summary>
[Authorize]
public sealed class TwoFactorModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, AuditedChange change, IOptions<AccountOptions> options) : PageModel
{
    public const int RecoveryCodeCount = 10;
    public const string WrongCode = "That is not the code the app shows now: check the clock of the phone and type the six digits again.";

    [BindProperty]
    [StringLength(64)]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await ShowAsync(await CurrentUserAsync());

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await CurrentUserAsync();
        var code = new string([.. (Code ?? "").Where(char.IsAsciiDigit)]);
        if (user.TwoFactorEnabled || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), user.TwoFactorEnabled ? "Two-factor sign-in is on already." : WrongCode);
            return await ShowAsync(user);
        }

        return await ChangeAsync(user, AuditActions.TwoFactorOn, async () =>
        {
            var result = await users.SetTwoFactorEnabledAsync(user, true);
            return result.Succeeded ? await NewCodesAsync(user) : result;
        });
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await CurrentUserAsync();
        return user.TwoFactorEnabled ? await ChangeAsync(user, AuditActions.RecoveryCodes, () => NewCodesAsync(user)) : await ShowAsync(user);
    }

    // A new key as well, so that the app's old entry can never sign in again.
    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await CurrentUserAsync();
        return await ChangeAsync(user, AuditActions.TwoFactorOff, async () =>
        {
            var result = await users.SetTwoFactorEnabledAsync(user, false);
            return result.Succeeded ? await users.ResetAuthenticatorKeyAsync(user) : result;
        });
    }

    private async Task<IdentityResult> NewCodesAsync(PortalUser user)
    {
        NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        return IdentityResult.Success;
    }

    // Turning two-factor on or off changes the security stamp, which ends sessions: this one is renewed.
    private async Task<IActionResult> ChangeAsync(PortalUser user, string action, Func<Task<IdentityResult>> work)
    {
        var result = await change.RunAsync(work, action, user.Email, null, HttpContext.RequestAborted);
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("", error.Description);
        }

        if (!result.Succeeded)
        {
            return await ShowAsync(await CurrentUserAsync());
        }

        await signIn.RefreshSignInAsync(user);
        return await ShowAsync(user);
    }

    private async Task<PageResult> ShowAsync(PortalUser user)
    {
        Enabled = user.TwoFactorEnabled;
        RecoveryCodesLeft = Enabled ? await users.CountRecoveryCodesAsync(user) : 0;
        if (!Enabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(user);
                await signIn.RefreshSignInAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user) ?? "";
            }

            SharedKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(group => new string(group)));
            var issuer = Uri.EscapeDataString(options.Value.AuthenticatorIssuer);
            AuthenticatorUri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email ?? user.Id)}?secret={key}&issuer={issuer}&digits=6";
        }

        return Page();
    }

    private async Task<PortalUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("A signed-in user has no account: the session check lets none through.");
}
