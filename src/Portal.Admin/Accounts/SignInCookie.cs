using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace Portal.Admin.Accounts;

/// <summary>
/// The sign-in cookie: secure, HTTP-only, SameSite=Lax, checked against the account on every request,
/// and 401/403 instead of a redirect for non-browsers.
/// </summary>
public static class SignInCookie
{
    public const string LoginPath = "/account/login";

    public static void Configure(CookieAuthenticationOptions cookie)
    {
        cookie.Cookie.Name = "portal.auth";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.LoginPath = LoginPath;
        cookie.LogoutPath = "/account/logout";
        cookie.AccessDeniedPath = "/account/access-denied";
        cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        cookie.SlidingExpiration = true;
        cookie.Events.OnValidatePrincipal = SessionCheck.ValidateAsync;
        cookie.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
        cookie.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
    }

    // A browser asking for a page is sent to the login page; a script or a form post gets the status code it can act on.
    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var request = context.Request;
        var wantsPage = HttpMethods.IsGet(request.Method) && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
        if (wantsPage && status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }
}
