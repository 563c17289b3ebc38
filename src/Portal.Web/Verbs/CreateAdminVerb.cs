using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Portal.Content.Storage;
using Portal.Content.Users;
using Portal.Web.Storage;

namespace Portal.Web.Verbs;

/// <summary>
/// <c>users create-admin --email EMAIL</c>: the password comes from PORTAL_ADMIN_PASSWORD or is
/// generated and printed once; there is no default password anywhere.
/// </summary>
public sealed class CreateAdminVerb(string email) : IVerb
{
    private const string PasswordVariable = "PORTAL_ADMIN_PASSWORD";

    /// <summary>The email address as given on the command line.</summary>
    public string Email => email;

    public async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // The address is checked before anything touches the database: a typo changes nothing.
        if (!System.Net.Mail.MailAddress.TryCreate(email, out var address) || address.Address != email.Trim())
        {
            await Console.Error.WriteLineAsync($"'{email}' is not an email address.");
            return 1;
        }

        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();

        if (await users.FindByEmailAsync(address.Address) is not null)
        {
            await Console.Error.WriteLineAsync($"A user with the email {address.Address} already exists.");
            return 1;
        }

        var given = Environment.GetEnvironmentVariable(PasswordVariable);
        var password = string.IsNullOrEmpty(given) ? GeneratePassword() : given;
        var user = new PortalUser { UserName = address.Address, Email = address.Address, EmailConfirmed = true };
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, PortalRoles.Administrator);
        }

        if (result.Succeeded)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync($"{(error.Code.Contains("Password", StringComparison.Ordinal) ? PasswordVariable + ": " : "")}{error.Description}");
            }

            return 1;
        }

        await Console.Out.WriteLineAsync($"Administrator {address.Address} created.");
        if (string.IsNullOrEmpty(given))
        {
            await Console.Out.WriteLineAsync($"Password (shown once, keep it safe): {password}");
        }

        return 0;
    }

    private static string GeneratePassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var chars = RandomNumberGenerator.GetItems<char>(alphabet, 20);
        // Identity's default policy wants each class of character; the suffix guarantees them.
        return new string(chars) + "-9aZ";
    }
}
