using MimeKit;
using Portal.Content.Model;
using Portal.Content.Taxonomies;
using Portal.Digests.Mail;
using Portal.Digests.Members;
using Portal.Digests.Outbox;
using Portal.Digests.Subscriptions;
using Portal.Digests.Tokens;

namespace Portal.Digests.Composition;

/// <summary>
/// Builds the mail of one recorded digest: sections by cluster and type in the member's culture,
/// absolute links, and the list headers (List-Id, one-click List-Unsubscribe) providers look for.
/// </summary>
public sealed class DigestMessages(MailSender sender, IDigestRenderer renderer, SubscriptionTokens tokens, Taxonomy taxonomy)
{
    private static readonly string[] TypeOrder = [ContentTypes.News, ContentTypes.CaseStudy, ContentTypes.Event, ContentTypes.Organization, ContentTypes.City, ContentTypes.Page, ContentTypes.Cluster];

    public MimeMessage Build(DigestRecord record, Subscription subscription, IReadOnlyList<LiveItem> items, IReadOnlyList<ClusterOption> clusters, string baseUrl)
    {
        var culture = subscription.Culture;
        var defaultCulture = taxonomy.Site.DefaultCulture;
        var site = taxonomy.Site.Name.In(culture);
        var chosen = subscription.ClusterIds.ToHashSet(StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var sections = new List<DigestSection>();
        // Clusters in the portal's order; an item in several of them is listed under the first only.
        foreach (var cluster in clusters.Where(c => chosen.Contains(c.Id)))
        {
            var inCluster = items.Where(i => i.Clusters.Contains(cluster.Id) && placed.Add(i.ContentId)).Select(i => i.In(culture, defaultCulture)).ToList();
            if (inCluster.Count == 0)
            {
                continue;
            }

            var types = inCluster
                .GroupBy(i => i.Type, StringComparer.Ordinal)
                .OrderBy(g => Array.IndexOf(TypeOrder, g.Key) is var at and >= 0 ? at : TypeOrder.Length)
                .Select(g => (TypeLabel(g.Key), (IReadOnlyList<DigestEntry>)[.. g.OrderByDescending(i => i.LiveSinceUtc).ThenBy(i => i.Title, StringComparer.Ordinal)
                    .Select(i => new DigestEntry(i.Title, baseUrl + ContentTypes.Url(i.Type, i.Slug, i.Culture, defaultCulture), i.Summary))]))
                .ToList();
            sections.Add(new DigestSection(cluster.Title, types));
        }

        var count = sections.Sum(s => s.Types.Sum(t => t.Entries.Count));
        var subject = $"{site}: {count} new {(count == 1 ? "item" : "items")} in your clusters";
        var unsubscribe = PortalLinks.Combine(baseUrl, "/unsubscribe", tokens.Create(subscription, TokenPurpose.Unsubscribe));
        var preferences = PortalLinks.Combine(baseUrl, "/subscribe/preferences", tokens.Create(subscription, TokenPurpose.Preferences));
        var (html, text) = renderer.Render(new DigestView(site, culture, subject, count, sections, preferences, unsubscribe, baseUrl + "/"));

        var message = sender.Create(subscription.Email, subject);
        var host = new Uri(baseUrl).Host;
        // The same digest keeps the same Message-ID if it is ever sent again after a crash, so that clients can fold the copies.
        message.MessageId = $"digest-{record.Id}-{record.SubscriptionId:N}@{host}";
        message.Headers.Add("List-Id", $"{MailHeaderGuard.Text("site name", site)} digests <digests.{host}>");
        message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        return message;
    }

    /// <summary>How many of these items the digest lists: those still public and in one of the subscription's clusters.</summary>
    public static bool Lists(LiveItem item, Subscription subscription) => subscription.ClusterIds.Any(item.Clusters.Contains);

    private static string TypeLabel(string type) => type switch
    {
        ContentTypes.CaseStudy => "Case studies",
        ContentTypes.Event => "Events",
        ContentTypes.News => "News",
        ContentTypes.City => "Cities",
        ContentTypes.Organization => "Organizations",
        ContentTypes.Cluster => "Clusters",
        _ => "Pages",
    };
}
