using System.Globalization;

namespace Portal.Digests.Members;

/// <summary>What the subscribe form accepts as an address, and the one spelling it is stored under.</summary>
public static class EmailAddresses
{
    private static readonly IdnMapping Idn = new();

    /// <summary>Trimmed, one plain address (no display name), the domain lower case in its ASCII form; null when it is not one.</summary>
    public static string? Normalize(string? input)
    {
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 254 || text.AsSpan().IndexOfAny('\r', '\n') >= 0
            || !System.Net.Mail.MailAddress.TryCreate(text, out var parsed) || parsed.Address != text || !string.IsNullOrEmpty(parsed.DisplayName))
        {
            return null;
        }

        var at = text.LastIndexOf('@');
        var local = text[..at];
        string domain;
        try
        {
            domain = Idn.GetAscii(text[(at + 1)..]).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }

        // A dotless domain (user@localhost) is legal but never a member's mailbox on the internet.
        if (local.Length is 0 or > 64 || !domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.'))
        {
            return null;
        }

        var normalized = $"{local}@{domain}";
        return MimeKit.MailboxAddress.TryParse(normalized, out var mailbox) && mailbox.Address == normalized ? normalized : null;
    }
}
