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

    /// <summary>
    /// The mails to <paramref name="address"/> once there are <paramref name="count"/>: a reset mail
    /// goes after the page has answered. Waits at most 30 s, then returns what there is.
    /// </summary>
    public static async Task<IReadOnlyList<MimeMessage>> WaitForAsync(PortalApp app, string address, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var mails = To(app, address);
        while (mails.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
            mails = To(app, address);
        }

        return mails;
    }

    /// <summary>The one mail to <paramref name="address"/>, and the path and query of the password link in it.</summary>
    public static async Task<(MimeMessage Mail, string Link)> SingleLinkAsync(PortalApp app, string address)
    {
        var mail = Assert.Single(await WaitForAsync(app, address, 1));
        var match = PasswordLink().Match(mail.TextBody ?? "");
        Assert.True(match.Success, $"no password link in the mail:\n{mail.TextBody}");
        return (mail, new Uri(match.Value).PathAndQuery);
    }

    [GeneratedRegex(@"https?://\S+/account/reset-password\?\S+")]
    private static partial Regex PasswordLink();
}
