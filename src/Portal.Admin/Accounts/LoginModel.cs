using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Audit;
using Portal.Content.Storage;
using Portal.Content.Users;

namespace Portal.Admin.Accounts;

public sealed class LoginModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, AuditLog audit, PortalDbContext db) : PageModel
{
    // One message for every failure, so that the page does not tell which addresses have accounts.
    public const string Failed = "The email or the password is not right, or the account cannot sign in now.";

    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is null || user.DisabledUtc is not null)
        {
            return Refuse("account.login-failed", Email);
        }

        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            audit.Record("account.login", user.Email);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
        }

        return Refuse(result.IsLockedOut ? "account.locked-out" : "account.login-failed", user.Email);
    }

    private PageResult Refuse(string action, string? who)
    {
        audit.Record(action, who);
        db.SaveChanges();
        Error = Failed;
        return Page();
    }
}
