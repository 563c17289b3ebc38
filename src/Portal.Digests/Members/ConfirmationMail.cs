using System.Net;
using MimeKit;
using Portal.Content.Taxonomies;
using Portal.Digests.Mail;

namespace Portal.Digests.Members;

/// <summary>The one mail a subscribe request sends: a link that activates the subscription.</summary>
public sealed class ConfirmationMail(MailSender sender, Taxonomy taxonomy)
{
    public MimeMessage Create(string email, string culture, string confirmUrl)
    {
        var site = taxonomy.Site.Name.In(culture);
        var message = sender.Create(email, $"Confirm your subscription to {site}");
        var text = $"""
            Someone, probably you, asked for digests of {site} at this address.

            To confirm, open this link:
            {confirmUrl}

            If it was not you, ignore this mail: nothing will be sent to you.
            """;
        var html = $"""
            <!DOCTYPE html>
            <html lang="{WebUtility.HtmlEncode(culture)}"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(site)}</title></head>
            <body style="font-family:Arial,Helvetica,sans-serif;color:#222;">
            <p>Someone, probably you, asked for digests of {WebUtility.HtmlEncode(site)} at this address.</p>
            <p><a href="{WebUtility.HtmlEncode(confirmUrl)}" style="color:#0b5cad;">Confirm my subscription</a></p>
            <p style="color:#666;font-size:13px;">If it was not you, ignore this mail: nothing will be sent to you.</p>
            </body></html>
            """;
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        return message;
    }
}
