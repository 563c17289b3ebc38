using MimeKit;
using MimeKit.Text;
using Portal.Digests.Mail;

namespace Portal.Digests.Composition;

/// <summary>A rendered mail whose markers (none, for a mail rendered for one member) take each member's values.</summary>
public sealed class MarkedMail(MailContent mail, params IReadOnlyList<string> markers)
{
    private readonly MarkedText html = new(mail.Html, markers);
    private readonly MarkedText text = new(mail.Text, markers);

    /// <summary>The subject and the body (plain text and HTML alternatives) with <paramref name="values"/> in place of the markers.</summary>
    public (string Subject, MimeEntity Body) For(params IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var subject = mail.Subject;
        for (var i = 0; i < markers.Count; i++)
        {
            subject = subject.Replace(markers[i], values[i], StringComparison.Ordinal);
        }

        return (subject, new MultipartAlternative { Part(TextFormat.Plain, text, values), Part(TextFormat.Html, html, values) });
    }

    private static TextPart Part(TextFormat format, MarkedText content, IReadOnlyList<string> values)
    {
        var part = new TextPart(format) { Content = new MimeContent(content.Write(values)) };
        part.ContentType.Charset = "utf-8";
        return part;
    }
}
