using System.Data;
using System.Data.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Audit;
using Portal.Admin.Security;
using Portal.Content.Users;

namespace Portal.Admin.Users;

/// <summary>
/// One account: its role, and whether it may sign in. Each change also renews the security stamp,
/// which ends the account's open sessions at their next request (see <c>SessionCheck</c>).
/// </summary>
[Authorize(Policy = AdminPolicies.Administration)]
public sealed class UserModel(UserManager<PortalUser> users, AuditedChange change, AdministratorGuard guard, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    public PortalUser Account { get; private set; } = null!;

    /// <summary>The most powerful of the account's roles.</summary>
    public string CurrentRole { get; private set; } = "";

    public bool IsAdministrator { get; private set; }

    public bool IsSelf => Account.Id == users.GetUserId(User);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostRoleAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!AssignableRoles.Contains(Role))
        {
            ModelState.AddModelError(nameof(Role), "Choose one of the roles listed.");
            return Page();
        }

        if (Role == CurrentRole)
        {
            ModelState.AddModelError(nameof(Role), $"{Account.Email} is {Role} already.");
            return Page();
        }

        var role = Role;
        return await ChangeAsync(AuditActions.RoleChange, $"{CurrentRole} → {role}", "role", async () =>
        {
            if (IsAdministrator && role != PortalRoles.Administrator && await guard.CheckOthersRemainAsync(Account, HttpContext.RequestAborted) is { Succeeded: false } refused)
            {
                return refused;
            }

            var result = await users.RemoveFromRolesAsync(Account, await users.GetRolesAsync(Account));
            return result.Succeeded ? await users.AddToRoleAsync(Account, role) : result;
        });
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (IsSelf)
        {
            ModelState.AddModelError("", "You cannot disable your own account: another administrator can.");
            return Page();
        }

        return await ChangeAsync(AuditActions.Disable, null, "disabled", async () =>
        {
            if (IsAdministrator && await guard.CheckOthersRemainAsync(Account, HttpContext.RequestAborted) is { Succeeded: false } refused)
            {
                return refused;
            }

            Account.DisabledUtc = clock.GetUtcNow().UtcDateTime;
            return await users.UpdateAsync(Account);
        });
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        return await ChangeAsync(AuditActions.Enable, null, "enabled", async () =>
        {
            Account.DisabledUtc = null;
            return await users.UpdateAsync(Account);
        });
    }

    // Serializable, so that the last-administrator check and the change it allows cannot interleave with another.
    private async Task<IActionResult> ChangeAsync(string action, string? detail, string done, Func<Task<IdentityResult>> work)
    {
        IdentityResult result;
        try
        {
            result = await change.RunAsync(
                async () =>
                {
                    var outcome = await work();
                    return outcome.Succeeded ? await users.UpdateSecurityStampAsync(Account) : outcome;
                },
                action, Account.Email, detail, HttpContext.RequestAborted, IsolationLevel.Serializable);
        }
        catch (Exception e) when (e is DbUpdateException or DbException)
        {
            result = IdentityResult.Failed(new IdentityError { Description = "Another change to the accounts was being saved at the same moment: nothing was changed. Try again." });
        }

        if (result.Succeeded)
        {
            return RedirectToPage(new { Id, done });
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("", error.Description);
        }

        await LoadAsync();
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var account = Id.Length is > 0 and <= 450 ? await users.FindByIdAsync(Id) : null;
        if (account is null)
        {
            return false;
        }

        Account = account;
        var roles = await users.GetRolesAsync(account);
        CurrentRole = AssignableRoles.All.FirstOrDefault(roles.Contains) ?? "";
        IsAdministrator = roles.Contains(PortalRoles.Administrator);
        return true;
    }
}
