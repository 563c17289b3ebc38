using System.Globalization;
using System.Net;
using System.Text;

namespace Portal.Digests.Composition;

/// <summary>
/// Turns a digest into its HTML and plain-text parts. The one place that knows the markup, so
/// that the theme's Liquid templates (themes/Galaxy/mail/) can replace it. The HTML is what mail
/// clients render reliably: tables for layout, inline styles, no script, no external CSS.
/// </summary>
public sealed class DigestRenderer : IDigestRenderer
{
    public (string Html, string Text) Render(DigestView view)
    {
        return (Html(view), Text(view));
    }

    private static string Html(DigestView view)
    {
        var html = new StringBuilder();
        var direction = view.Culture == "ar" ? "rtl" : "ltr";
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{E(view.Culture)}" dir="{direction}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{E(view.Subject)}</title></head>
            <body style="margin:0;padding:0;background:#f3f4f6;">
            <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f3f4f6;">
            <tr><td align="center" style="padding:24px 12px;">
            <table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;width:100%;background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#1f2937;">
            <tr><td style="padding:20px 24px;background:#0b5cad;color:#ffffff;font-size:20px;font-weight:bold;"><a href="{E(view.SiteUrl)}" style="color:#ffffff;text-decoration:none;">{E(view.SiteName)}</a></td></tr>

            """);
        foreach (var section in view.Sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"""<tr><td style="padding:20px 24px 4px 24px;font-size:18px;font-weight:bold;color:#0b5cad;">{E(section.ClusterTitle)}</td></tr>""").Append('\n');
            foreach (var (typeLabel, entries) in section.Types)
            {
                html.Append(CultureInfo.InvariantCulture, $"""<tr><td style="padding:8px 24px 0 24px;font-size:13px;text-transform:uppercase;color:#6b7280;">{E(typeLabel)}</td></tr>""").Append('\n');
                foreach (var entry in entries)
                {
                    html.Append(CultureInfo.InvariantCulture, $"""<tr><td style="padding:6px 24px;"><a href="{E(entry.Url)}" style="font-size:15px;color:#1f2937;font-weight:bold;">{E(entry.Title)}</a>""");
                    if (!string.IsNullOrWhiteSpace(entry.Summary))
                    {
                        html.Append(CultureInfo.InvariantCulture, $"""<div style="font-size:14px;color:#4b5563;padding-top:2px;">{E(entry.Summary)}</div>""");
                    }

                    html.Append("</td></tr>\n");
                }
            }
        }

        html.Append(CultureInfo.InvariantCulture, $"""
            <tr><td style="padding:20px 24px;font-size:12px;color:#6b7280;border-top:1px solid #e5e7eb;">
            <a href="{E(view.PreferencesUrl)}" style="color:#6b7280;">Change your preferences</a> &middot; <a href="{E(view.UnsubscribeUrl)}" style="color:#6b7280;">Unsubscribe</a>
            </td></tr>
            </table>
            </td></tr>
            </table>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static string Text(DigestView view)
    {
        var text = new StringBuilder();
        text.Append(view.SiteName).Append("\n\n");
        foreach (var section in view.Sections)
        {
            text.Append(section.ClusterTitle).Append('\n').Append(new string('=', Math.Min(section.ClusterTitle.Length, 72))).Append("\n\n");
            foreach (var (typeLabel, entries) in section.Types)
            {
                text.Append(typeLabel).Append('\n');
                foreach (var entry in entries)
                {
                    text.Append("- ").Append(entry.Title).Append('\n').Append("  ").Append(entry.Url).Append('\n');
                    if (!string.IsNullOrWhiteSpace(entry.Summary))
                    {
                        text.Append("  ").Append(entry.Summary.ReplaceLineEndings(" ")).Append('\n');
                    }
                }

                text.Append('\n');
            }
        }

        text.Append("-- \nChange your preferences: ").Append(view.PreferencesUrl).Append('\n')
            .Append("Unsubscribe: ").Append(view.UnsubscribeUrl).Append('\n');
        return text.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
