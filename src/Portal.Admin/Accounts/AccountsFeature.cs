using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Admin.Audit;
using Portal.Admin.Security;
using Portal.Admin.Users;

namespace Portal.Admin.Accounts;

public static class AccountsFeature
{
    /// <summary>Lock-out, link lifetime and rate limit from <c>Portal:Accounts</c>; the services of the account and user pages.</summary>
    public static IServiceCollection AddPortalAccounts(this IServiceCollection services)
    {
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountOptions>>((identity, accounts) =>
        {
            identity.Lockout.AllowedForNewUsers = true;
            identity.Lockout.MaxFailedAccessAttempts = accounts.Value.LockoutAttempts;
            identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(accounts.Value.LockoutMinutes);
        });
        services.AddOptions<PasswordHasherOptions>().Configure<IOptions<AccountOptions>>((hasher, accounts) =>
            hasher.IterationCount = accounts.Value.PasswordIterations);
        services.AddSingleton<DecoyPassword>();
        services.AddOptions<DataProtectionTokenProviderOptions>().Configure<IOptions<AccountOptions>>((tokens, accounts) =>
            tokens.TokenLifespan = TimeSpan.FromHours(accounts.Value.LinkHours));
        // Antiforgery's cookie is never Secure by default; like the sign-in cookie, it is whenever the request is HTTPS.
        services.Configure<AntiforgeryOptions>(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddAccountRateLimits();
        services.AddScoped<SignInRecorder>();
        services.AddScoped<AccountMail>();
        services.AddSingleton<PendingResetMails>();
        services.AddHostedService<ResetMailSender>();
        services.AddScoped<AuditedChange>();
        services.AddScoped<AdministratorGuard>();
        return services;
    }
}
