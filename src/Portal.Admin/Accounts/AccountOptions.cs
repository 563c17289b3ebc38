using System.ComponentModel.DataAnnotations;

namespace Portal.Admin.Accounts;

/// <summary>The <c>Portal:Accounts</c> section: lock-out, the life of mailed links, the rate limit of the sign-in forms.</summary>
public sealed class AccountOptions
{
    public const string Section = "Portal:Accounts";

    /// <summary>Wrong passwords or codes in a row that lock an account.</summary>
    [Range(1, 100)]
    public int LockoutAttempts { get; set; } = 5;

    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How long a password-reset or invitation link works.</summary>
    [Range(1, 24 * 30)]
    public int LinkHours { get; set; } = 24;

    /// <summary>POSTs of the sign-in, two-factor and password-reset forms one network address may make per window.</summary>
    [Range(1, 10_000)]
    public int PostsPerWindow { get; set; } = 10;

    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;

    /// <summary>
    /// PBKDF2 iterations of a new password hash (ASP.NET Core Identity's own default). A stored hash
    /// of fewer iterations still verifies and is rehashed at its next sign-in.
    /// </summary>
    [Range(10_000, 10_000_000)]
    public int PasswordIterations { get; set; } = 100_000;

    /// <summary>The name an authenticator app shows beside the account.</summary>
    [Required]
    public string AuthenticatorIssuer { get; set; } = "South-South Cities Portal";
}
