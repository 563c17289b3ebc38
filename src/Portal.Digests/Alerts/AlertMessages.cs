using System.Globalization;
using MimeKit;
using MimeKit.Text;
using Portal.Content.Taxonomies;
using Portal.Content.Urls;
using Portal.Digests.Composition;
using Portal.Digests.Mail;
using Portal.Digests.Tokens;
using Model = System.Collections.Generic.Dictionary<string, object?>;

namespace Portal.Digests.Alerts;

/// <summary>
/// The mail of one recorded alert mail, from the theme's <c>alert</c> templates, in the alert's culture:
/// the new items, links to the search and to the account's alerts, and the list headers with a
/// one-click unsubscribe that ends this alert only.
/// </summary>
public sealed class AlertMessages(MailSender sender, MailTemplates templates, SubscriptionTokens tokens, Taxonomy taxonomy, SiteUrls urls)
{
    /// <exception cref="Templating.TemplateRenderException">The theme's templates failed: nothing to send.</exception>
    public MimeMessage Build(AlertMail mail, AlertItems found, string address, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(found);
        var alert = found.Alert;
        var culture = alert.Culture;
        var defaultCulture = taxonomy.Site.DefaultCulture;
        var site = taxonomy.Site.Name.In(culture);
        var unsubscribe = baseUrl + SiteUrls.WithToken(SiteUrls.AlertUnsubscribePath, tokens.CreateAlertUnsubscribe(alert));
        var words = templates.Words(culture, new Dictionary<string, string>());
        var model = new Model
        {
            ["site"] = new Model { ["name"] = site, ["url"] = baseUrl + urls.Home(culture) },
            ["count"] = found.Items.Count,
            ["title"] = alert.Title,
            ["entries"] = found.Items.Select(i => DigestMessages.Entry(i.In(culture, defaultCulture), culture, words, baseUrl, urls)).ToList(),
            ["search_url"] = baseUrl + SearchPath(alert),
            ["alerts_url"] = baseUrl + SiteUrls.AccountAlertsPath,
            ["unsubscribe_url"] = unsubscribe,
        };
        var placeholders = new Dictionary<string, string>
        {
            ["site"] = site,
            ["count"] = found.Items.Count.ToString(CultureInfo.GetCultureInfo(culture)),
            ["query"] = alert.Title,
        };
        var content = templates.Render("alert", model, culture, placeholders);
        var message = sender.Create(address, content.Subject);
        var host = new Uri(baseUrl).Host;
        // Sent again after a crash, the same alert mail keeps its Message-ID, so clients fold the copies.
        message.MessageId = $"alert-{mail.Id}-{alert.Id:N}@{host}";
        message.Headers.Add("List-Id", $"{MailHeaderGuard.Text("site name", site)} search alerts <alerts.{host}>");
        message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Body = new MultipartAlternative { Part(TextFormat.Plain, content.Text), Part(TextFormat.Html, content.Html) };
        return message;
    }

    /// <summary>The search page of the alert's search, in its culture.</summary>
    public string SearchPath(SearchAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return urls.Search(alert.Culture, [("q", alert.Query), ("type", alert.Type), ("cluster", alert.Cluster), ("country", alert.Country), ("hazard", alert.Hazard)]);
    }

    private static TextPart Part(TextFormat format, string text)
    {
        var part = new TextPart(format) { Text = text };
        part.ContentType.Charset = "utf-8";
        return part;
    }
}
