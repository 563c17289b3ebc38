using System.Globalization;
using Microsoft.Extensions.Options;
using MimeKit;
using Portal.Content.Taxonomies;
using Portal.Digests.Mail;

namespace Portal.Digests.Members;

/// <summary>The one mail a subscribe request sends, from the theme's <c>confirm</c> templates: a link that activates the subscription.</summary>
public sealed class ConfirmationMail(MailSender sender, MailTemplates templates, Taxonomy taxonomy, IOptions<DigestOptions> options)
{
    /// <exception cref="Templating.TemplateRenderException">The theme's templates failed: nothing to send.</exception>
    public MimeMessage Create(string email, string culture, string confirmUrl, string baseUrl)
    {
        var site = taxonomy.Site.Name.In(culture);
        var days = options.Value.ConfirmationDays.ToString(CultureInfo.GetCultureInfo(culture));
        var model = new Dictionary<string, object?>
        {
            ["site"] = new Dictionary<string, object?> { ["name"] = site, ["url"] = baseUrl + "/" },
            ["confirm_url"] = confirmUrl,
        };
        var mail = templates.Render("confirm", model, culture, new Dictionary<string, string> { ["site"] = site, ["days"] = days });
        var message = sender.Create(email, mail.Subject);
        message.Body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html }.ToMessageBody();
        return message;
    }
}
