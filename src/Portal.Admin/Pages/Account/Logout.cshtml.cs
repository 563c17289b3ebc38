using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Audit;
using Portal.Content.Storage;
using Portal.Content.Users;

namespace Portal.Admin.Accounts;

/// <summary>
/// Signing out is a POST (with the antiforgery token), so that a link or an image cannot sign anyone out.
/// It changes the account's security stamp, which <see cref="SessionCheck"/> compares on every request,
/// so that a copy of the cookie is worthless afterwards (and so are the account's other sessions).
/// </summary>
public sealed class LogoutModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, AuditLog audit, PortalDbContext db) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            audit.Record(AuditActions.Logout, User.Identity.Name);
            if (await users.GetUserAsync(User) is { } user)
            {
                // Saves the audit entry with the new stamp.
                var changed = await users.UpdateSecurityStampAsync(user);
                if (!changed.Succeeded)
                {
                    throw new InvalidOperationException($"The session could not be ended: {string.Join("; ", changed.Errors.Select(e => e.Description))}");
                }
            }
            else
            {
                await db.SaveChangesAsync(HttpContext.RequestAborted);
            }
        }

        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
