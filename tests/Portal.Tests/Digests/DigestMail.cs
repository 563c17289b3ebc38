using Microsoft.Extensions.Options;
using MimeKit;
using Portal.Content.Configuration;
using Portal.Digests;
using Portal.Digests.Composition;
using Portal.Digests.Mail;
using Portal.Digests.Members;
using Portal.Digests.Outbox;
using Portal.Digests.Subscriptions;
using Portal.Digests.Tokens;
using Portal.Tests.Support;

namespace Portal.Tests.Digests;

/// <summary>The digest and confirmation mails built by the real classes from the repository's Galaxy theme (or another themes folder).</summary>
public sealed class DigestMail(SeedsFixture seeds, string? themesPath = null)
{
    public const string BaseUrl = "https://portal.example";

    private readonly PortalOptions portal = new() { ThemesPath = themesPath ?? Path.Combine(seeds.RepositoryRoot, "themes"), Theme = "Galaxy", DataPath = Path.GetTempPath() };

    public MailTemplates Templates() => new(Options.Create(portal));

    public MimeMessage Digest(string culture, params LiveItem[] items) => Digest(culture, new DigestRenderings(), "Member@example.org", items);

    public MimeMessage Digest(string culture, DigestRenderings renderings, string email, params LiveItem[] items)
    {
        var subscription = new Subscription
        {
            Id = Guid.CreateVersion7(),
            Email = email,
            Culture = culture,
            Clusters = "disaster-risk-reduction sustainable-agriculture",
            ConfirmStamp = "stamp",
        };
        var record = new DigestRecord { Id = 7, SubscriptionId = subscription.Id, PeriodKey = "daily:2026-11-24", ItemKeys = string.Join('\n', items.Select(i => i.ContentId)) };
        ClusterOption[] clusters = [new("disaster-risk-reduction", culture == "zh" ? "减少灾害风险" : "Disaster risk reduction", culture), new("sustainable-agriculture", "Sustainable agriculture", "en"), new("water", "Water", "en")];
        return Messages().Build(record, subscription, items, clusters, BaseUrl, renderings);
    }

    public MimeMessage Confirmation(string culture) =>
        new ConfirmationMail(Sender(), Templates(), seeds.Taxonomy, Options.Create(new DigestOptions())).Create("Member@example.org", culture, BaseUrl + "/subscribe/confirm?token=abc", BaseUrl);

    public static LiveItem Item(string id, string type, string cluster, params (string Culture, string Title)[] cultures) =>
        new(id, DateTime.UtcNow, new HashSet<string>([cluster], StringComparer.Ordinal), [.. cultures.Select(c => new DigestItem(id, c.Culture, type, id, c.Title, $"About {c.Title}.", DateTime.UtcNow))]);

    /// <summary>The member's own links of a digest: from its List-Unsubscribe header and its HTML part.</summary>
    public static (string Unsubscribe, string Preferences) Links(MimeKit.MimeMessage message)
    {
        var unsubscribe = message.Headers["List-Unsubscribe"]!.Trim('<', '>');
        var preferences = System.Text.RegularExpressions.Regex.Match(message.HtmlBody!, "https://portal.example/subscribe/preferences[^\"]+").Value.Replace("&amp;", "&", StringComparison.Ordinal);
        return (unsubscribe, preferences);
    }

    private DigestMessages Messages()
    {
        var digestOptions = Options.Create(new DigestOptions { TokenKey = Convert.ToBase64String(new byte[32]) });
        var tokens = new SubscriptionTokens(new TokenKey(digestOptions, Options.Create(portal)), digestOptions, TimeProvider.System);
        return new DigestMessages(Sender(), Templates(), tokens, seeds.Taxonomy, new Portal.Content.Urls.SiteUrls(seeds.Taxonomy, new Portal.Content.Types.ContentTypeCatalog(Portal.Content.Types.BuiltInContentTypes.All)), new Portal.Content.Types.ContentTypeCatalog(Portal.Content.Types.BuiltInContentTypes.All));
    }

    private static MailSender Sender() => new(Options.Create(new MailOptions { From = "digests@portal.example" }), TimeProvider.System);
}
