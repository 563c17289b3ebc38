using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Content.Users;

namespace Portal.Admin.Accounts;

/// <summary>Signing out is a POST (with the antiforgery token), so that a link or an image cannot sign anyone out.</summary>
public sealed class LogoutModel(SignInManager<PortalUser> signIn) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
