using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Content.Users;

namespace Portal.Admin.Accounts;

/// <summary>
/// A password check against a hash that belongs to no account, made when a sign-in is refused before
/// Identity would have hashed anything (no such address, a disabled or locked account), so that the
/// time of the answer does not tell which addresses have accounts. Same hasher, same cost.
/// </summary>
public sealed class DecoyPassword(IOptions<PasswordHasherOptions> options)
{
    private static readonly PortalUser Nobody = new() { Id = "", UserName = "" };

    private readonly string hash = new PasswordHasher<PortalUser>(options).HashPassword(Nobody, RandomNumberGenerator.GetHexString(32));

    public void Verify(IPasswordHasher<PortalUser> hasher, string? password) =>
        _ = hasher.VerifyHashedPassword(Nobody, hash, password ?? "");
}
