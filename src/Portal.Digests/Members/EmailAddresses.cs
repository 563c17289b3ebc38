using System.Globalization;

namespace Portal.Digests.Members;

/// <summary>What the subscribe form accepts as an address, and the key that tells two spellings of one address apart from two addresses.</summary>
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

    /// <summary>
    /// The key of a normalised address: all of it in lower case. RFC 5321 lets a server tell
    /// <c>Ana</c> from <c>ana</c>, but no mailbox provider does, and a person who types the address
    /// twice in two ways means one subscription.
    /// </summary>
    public static string Key(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return normalized.ToLowerInvariant();
    }
}
