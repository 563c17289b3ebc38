using System.Globalization;
using MimeKit;
using Portal.Content.Model;
using Portal.Content.Taxonomies;
using Portal.Content.Types;
using Portal.Content.Urls;
using Portal.Digests.Alerts;
using Portal.Digests.Mail;
using Portal.Digests.Members;
using Portal.Digests.Outbox;
using Portal.Digests.Subscriptions;
using Portal.Digests.Tokens;
using Model = System.Collections.Generic.Dictionary<string, object?>;

namespace Portal.Digests.Composition;

/// <summary>
/// Builds the mail of one recorded digest from the theme's <c>digest</c> templates: sections by
/// cluster and type in the member's culture, absolute links, and the list headers (List-Id,
/// one-click List-Unsubscribe) providers look for.
/// </summary>
public sealed class DigestMessages(MailSender sender, MailTemplates templates, SubscriptionTokens tokens, Taxonomy taxonomy, SiteUrls urls, ContentTypeCatalog types)
{

    /// <param name="renderings">The pass's rendered digests, shared by members of the same culture, clusters and items.</param>
    /// <exception cref="Templating.TemplateRenderException">The theme's templates failed: nothing to send.</exception>
    /// <param name="alerts">What the member's search alerts found, each in a section of its own after the clusters'.</param>
    public MimeMessage Build(DigestRecord record, Subscription subscription, IReadOnlyList<LiveItem> items, IReadOnlyList<ClusterOption> clusters, string baseUrl, DigestRenderings renderings, IReadOnlyList<AlertItems>? alerts = null)
    {
        ArgumentNullException.ThrowIfNull(renderings);
        alerts ??= [];
        var site = taxonomy.Site.Name.In(subscription.Culture);
        var unsubscribeToken = tokens.Create(subscription, TokenPurpose.Unsubscribe);
        // Alerts are the member's own: a digest with any is never shared, and its alerts' links are its own.
        var key = $"{subscription.Culture}\n{subscription.Clusters}\n{baseUrl}\n{string.Join(' ', items.Select(i => i.ContentId))}\n{string.Join(' ', alerts.Select(a => $"{a.Alert.Id:N}:{string.Join(',', a.Items.Select(i => i.ContentId))}"))}";
        var (subject, body) = renderings.Get(key, unsubscribeToken, tokens.Create(subscription, TokenPurpose.Preferences), (unsubscribe, preferences) => Render(subscription, items, clusters, baseUrl, unsubscribe, preferences, alerts));

        var message = sender.Create(subscription.Email, subject);
        var host = new Uri(baseUrl).Host;
        // The same digest keeps the same Message-ID if it is ever sent again after a crash, so that clients can fold the copies.
        message.MessageId = $"digest-{record.Id}-{record.SubscriptionId:N}@{host}";
        message.Headers.Add("List-Id", $"{MailHeaderGuard.Text("site name", site)} digests <digests.{host}>");
        message.Headers.Add("List-Unsubscribe", $"<{baseUrl + SiteUrls.WithToken(SiteUrls.UnsubscribePath, unsubscribeToken)}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Body = body;
        return message;
    }

    private MailContent Render(Subscription subscription, IReadOnlyList<LiveItem> items, IReadOnlyList<ClusterOption> clusters, string baseUrl, string unsubscribeToken, string preferencesToken, IReadOnlyList<AlertItems> alerts)
    {
        var culture = subscription.Culture;
        var site = taxonomy.Site.Name.In(culture);
        var (sections, count) = Sections(subscription, items, clusters, baseUrl);
        var alertSections = AlertSections(alerts, culture, baseUrl);
        count += alerts.Sum(a => a.Items.Count);
        var model = new Model
        {
            ["site"] = new Model { ["name"] = site, ["url"] = baseUrl + urls.Home(culture) },
            ["count"] = count,
            ["sections"] = sections,
            ["alerts"] = alertSections,
            ["preferences_url"] = baseUrl + SiteUrls.WithToken(SiteUrls.PreferencesPath, preferencesToken),
            ["unsubscribe_url"] = baseUrl + SiteUrls.WithToken(SiteUrls.UnsubscribePath, unsubscribeToken),
        };
        var placeholders = new Dictionary<string, string> { ["site"] = site, ["count"] = count.ToString(CultureInfo.GetCultureInfo(culture)) };
        return templates.Render("digest", model, culture, placeholders);
    }

    /// <summary>The sections by cluster, and how many items they list in all.</summary>
    private (List<Model> Sections, int Count) Sections(Subscription subscription, IReadOnlyList<LiveItem> items, IReadOnlyList<ClusterOption> clusters, string baseUrl)
    {
        var culture = subscription.Culture;
        var defaultCulture = taxonomy.Site.DefaultCulture;
        var words = templates.Words(culture, new Dictionary<string, string>());
        var chosen = subscription.ClusterIds.ToHashSet(StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var sections = new List<Model>();
        // Clusters in the portal's order; an item in several of them is listed under the first only.
        foreach (var cluster in clusters.Where(c => chosen.Contains(c.Id)))
        {
            var inCluster = items.Where(i => i.Clusters.Contains(cluster.Id) && placed.Add(i.ContentId)).Select(i => i.In(culture, defaultCulture)).ToList();
            if (inCluster.Count == 0)
            {
                continue;
            }

            var groups = inCluster
                .GroupBy(i => i.Type, StringComparer.Ordinal)
                .OrderBy(g => types.Find(g.Key)?.DigestOrder ?? int.MaxValue).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new Model
                {
                    ["type"] = g.Key,
                    ["label"] = words.GetValueOrDefault("type_" + g.Key, g.Key),
                    ["entries"] = g.OrderByDescending(i => i.LiveSinceUtc).ThenBy(i => i.Title, StringComparer.Ordinal).Select(i => Entry(i, culture, words, baseUrl, urls)).ToList(),
                })
                .ToList();
            sections.Add(new Model { ["id"] = cluster.Id, ["title"] = cluster.Title, ["groups"] = groups });
        }

        return (sections, placed.Count);
    }

    /// <summary>One section per alert, titled with its saved search, with the link that ends that alert alone.</summary>
    private List<Model> AlertSections(IReadOnlyList<AlertItems> alerts, string culture, string baseUrl)
    {
        var words = templates.Words(culture, new Dictionary<string, string>());
        return [.. alerts.Select(a => new Model
        {
            ["title"] = a.Alert.Title,
            ["entries"] = a.Items.Select(i => Entry(i.In(culture, taxonomy.Site.DefaultCulture), culture, words, baseUrl, urls)).ToList(),
            ["unsubscribe_url"] = baseUrl + SiteUrls.WithToken(SiteUrls.AlertUnsubscribePath, tokens.CreateAlertUnsubscribe(a.Alert)),
        })];
    }

    internal static Model Entry(DigestItem item, string culture, Dictionary<string, string> words, string baseUrl, SiteUrls urls) => new()
    {
        ["title"] = OneLine(item.Title),
        ["url"] = baseUrl + urls.Item(item.Type, item.Slug, item.Culture),
        ["summary"] = string.IsNullOrWhiteSpace(item.Summary) ? null : OneLine(item.Summary),
        // Shown in another language than the member's, where no translation exists yet: marked so.
        ["other_language"] = item.Culture != culture,
        ["lang"] = item.Culture,
        ["dir"] = CultureInfo.GetCultureInfo(item.Culture).TextInfo.IsRightToLeft ? "rtl" : "ltr",
        ["language"] = words.GetValueOrDefault("language_" + item.Culture, item.Culture),
    };

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
