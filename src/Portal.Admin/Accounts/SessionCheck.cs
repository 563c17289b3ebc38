using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Content.Storage;

namespace Portal.Admin.Accounts;

/// <summary>
/// Checks the sign-in cookie against the database on every request that carries one: a disabled
/// account, or one whose security stamp changed (new role, new password, two-factor turned on or
/// off), is signed out at once instead of when the cookie expires. One query by primary key.
/// </summary>
public static class SessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.HttpContext.RequestServices;
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = context.Principal?.FindFirstValue(stampClaim);
        var current = id is null ? null : await services.GetRequiredService<PortalDbContext>().Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new { u.SecurityStamp, u.DisabledUtc })
            .SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        if (current is null || current.DisabledUtc is not null || current.SecurityStamp != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
