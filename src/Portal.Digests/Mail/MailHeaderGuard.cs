using MimeKit;

namespace Portal.Digests.Mail;

/// <summary>
/// Refuses text that would break out of its header line. MimeKit would fold or encode it, but a
/// line break in a name or subject from a form is an attack or a bug, never intended: say so.
/// </summary>
public static class MailHeaderGuard
{
    public static string Text(string field, string value)
    {
        if (value.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new MailHeaderException($"The {field} contains a line break (CR or LF); mail headers must be one line.");
        }

        return value;
    }

    public static MailboxAddress Mailbox(string field, string? name, string address)
    {
        Text($"{field} name", name ?? "");
        Text($"{field} address", address);
        if (!MailboxAddress.TryParse(address, out var parsed) || parsed.Address != address.Trim())
        {
            throw new MailHeaderException($"The {field} address '{address}' is not one email address.");
        }

        return new MailboxAddress(name ?? "", parsed.Address);
    }

    /// <summary>Checks a whole message before it leaves: every header's name and value, every mailbox.</summary>
    public static void Check(MimeMessage message)
    {
        foreach (var header in message.Headers)
        {
            Text("header name", header.Field);
            Text($"{header.Field} header", header.Value);
            // Value is unfolded; the raw form shows a line break that starts a line of its own (a new header).
            var raw = System.Text.Encoding.Latin1.GetString(header.RawValue).TrimEnd('\r', '\n');
            for (var i = raw.AsSpan().IndexOfAny('\r', '\n'); i >= 0 && i < raw.Length; i = raw.AsSpan(i + 1).IndexOfAny('\r', '\n') is var next and >= 0 ? i + 1 + next : -1)
            {
                if (i + 1 < raw.Length && raw[i + 1] is not (' ' or '\t' or '\n'))
                {
                    throw new MailHeaderException($"The {header.Field} header contains a line break (CR or LF); mail headers must be one line.");
                }
            }
        }

        Text("subject", message.Subject ?? "");
        foreach (var mailbox in message.From.Mailboxes.Concat(message.To.Mailboxes).Concat(message.Cc.Mailboxes).Concat(message.ReplyTo.Mailboxes))
        {
            Text("mailbox name", mailbox.Name ?? "");
            Text("mailbox address", mailbox.Address);
        }
    }
}
