using Microsoft.AspNetCore.Mvc;

namespace Portal.Admin.Accounts;

/// <summary>Where a completed sign-in goes: the page asked for, when it is one of this site's, else the dashboard.</summary>
public static class AccountRedirect
{
    public const string Dashboard = "/admin";

    public static string Local(IUrlHelper url, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsLocalUrl(returnUrl) ? returnUrl : Dashboard;
    }
}
