using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MimeKit;
using Portal.Content.Taxonomies;
using Portal.Content.Users;
using Portal.Digests;
using Portal.Digests.Mail;

namespace Portal.Admin.Accounts;

/// <summary>The mails of the account pages, each with a link that sets a password: a reset, an invitation.</summary>
public sealed class AccountMail(MailSender sender, PortalLinks links, UserManager<PortalUser> users, IHttpContextAccessor http, Taxonomy taxonomy, IOptions<AccountOptions> options)
{
    public const string SetPasswordPath = "/account/reset-password";

    private string Site => taxonomy.Site.Name.In(taxonomy.Site.DefaultCulture);

    public async Task SendResetAsync(PortalUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await SendAsync(user, $"Reset your password for {Site}", $"""
            Someone, probably you, asked to reset the password of the account {user.Email} on {Site}.

            To choose a new password, open this link within {options.Value.LinkHours} hours:
            {await LinkAsync(user)}

            If it was not you, ignore this mail: your password stays as it is.
            """, cancellationToken);
    }

    public async Task SendInvitationAsync(PortalUser user, string role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await SendAsync(user, $"You are invited to edit {Site}", $"""
            {http.HttpContext?.User.Identity?.Name} invited you to {Site} as {role}.

            To choose your password and sign in, open this link within {options.Value.LinkHours} hours:
            {await LinkAsync(user)}

            When the link has expired, ask for a new one with "Forgot your password?" on the sign-in page.
            """, cancellationToken);
    }

    private async Task SendAsync(PortalUser user, string subject, string text, CancellationToken cancellationToken)
    {
        var message = sender.Create(user.Email!, subject);
        message.Body = new TextPart("plain") { Text = text };
        await sender.SendAsync(message, cancellationToken);
    }

    // The token carries the account's security stamp, so that setting a password uses it up.
    private async Task<string> LinkAsync(PortalUser user)
    {
        var baseUrl = links.MailBaseUrl();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return $"{baseUrl}{SetPasswordPath}?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
    }
}
