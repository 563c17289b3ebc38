using System.Text.RegularExpressions;
using MimeKit;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Admin;

/// <summary>The mail the portal wrote as <c>.eml</c> files into its pickup folder, its default delivery.</summary>
public static partial class AccountMailbox
{
    public static IReadOnlyList<MimeMessage> To(PortalApp app, string address)
    {
        var folder = Path.Combine(app.DataPath, "mail");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal)
            .Select(path => MimeMessage.Load(path))
            .Where(message => message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)))];
    }

    /// <summary>The one mail to <paramref name="address"/>, and the path and query of the password link in it.</summary>
    public static (MimeMessage Mail, string Link) SingleLink(PortalApp app, string address)
    {
        var mail = Assert.Single(To(app, address));
        var match = PasswordLink().Match(mail.TextBody ?? "");
        Assert.True(match.Success, $"no password link in the mail:\n{mail.TextBody}");
        return (mail, new Uri(match.Value).PathAndQuery);
    }

    [GeneratedRegex(@"https?://\S+/account/reset-password\?\S+")]
    private static partial Regex PasswordLink();
}
