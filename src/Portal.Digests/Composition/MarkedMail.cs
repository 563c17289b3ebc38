using MimeKit;
using MimeKit.Text;
using Portal.Digests.Mail;

namespace Portal.Digests.Composition;

/// <summary>A rendered mail whose markers (none, for a mail rendered for one member) take each member's values.</summary>
public sealed class MarkedMail(MailContent mail, params IReadOnlyList<string> markers)
{
    // Only the pieces are kept, not the rendered strings (twice their size in UTF-16): a pass holds some hundred of these.
    private readonly string subject = mail.Subject;
    private readonly MarkedText html = new(mail.Html, markers);
    private readonly MarkedText text = new(mail.Text, markers);

    /// <summary>The subject and the body (plain text and HTML alternatives) with <paramref name="values"/> in place of the markers.</summary>
    public (string Subject, MimeEntity Body) For(params IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var filled = subject;
        for (var i = 0; i < markers.Count; i++)
        {
            filled = filled.Replace(markers[i], values[i], StringComparison.Ordinal);
        }

        return (filled, new MultipartAlternative { Part(TextFormat.Plain, text, values), Part(TextFormat.Html, html, values) });
    }

    private static TextPart Part(TextFormat format, MarkedText content, IReadOnlyList<string> values)
    {
        var part = new TextPart(format) { Content = new MimeContent(content.Write(values)) };
        part.ContentType.Charset = "utf-8";
        return part;
    }
}
