using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Audit;
using Portal.Content.Storage;
using Portal.Content.Users;

namespace Portal.Admin.Accounts;

/// <summary>Signing out is a POST (with the antiforgery token), so that a link or an image cannot sign anyone out.</summary>
public sealed class LogoutModel(SignInManager<PortalUser> signIn, AuditLog audit, PortalDbContext db) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            audit.Record(AuditActions.Logout, User.Identity.Name);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }

        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
