using Microsoft.AspNetCore.Http;
using Portal.Content.Taxonomies;
using Portal.Digests.Mail;
using Portal.Digests.Members;
using Portal.Digests.Subscriptions;
using Portal.Site.Pages;
using Portal.Site.Rendering;
using Portal.Site.Theming;

namespace Portal.Site.Members;

/// <summary>
/// What the members' handlers share: the site page's context, the culture a member's page is shown
/// in, the clusters titled in it, and the two shapes of their pages (the subscription fields of a
/// form, and a message). Every value goes to the template as plain text, encoded when it is written.
/// </summary>
public sealed class MemberPageContext(SitePageContext page, SiteCultures cultures, ThemeLocales locales, ClusterCatalog catalog, MailTemplates mail, Taxonomy taxonomy)
{
    public SitePageContext Page => page;

    public SiteCulture Culture => page.Culture;

    public CancellationToken Aborted => page.Aborted;

    /// <summary>
    /// Shows the page in a culture named by a member's data (a subscription, an alert, the form's
    /// page culture) rather than by the path: the one the site serves, else the default.
    /// </summary>
    public void ShowIn(string? culture) => page.ChosenCulture = cultures.Get(culture ?? "");

    public string Word(string key) => locales.Text(Culture.Code, key);

    /// <summary>The way back to the site's home in the page's culture, the last way on of most members' pages.</summary>
    public (string Url, string Label) HomeLink => (Culture.Path("/"), Word("back_home"));

    public string Format(string key, params object[] values) => string.Format(Culture.Format, Word(key), values);

    public Task<IReadOnlyList<ClusterOption>> ClustersAsync() => catalog.ListAsync(Culture.Code, Aborted);

    /// <summary>
    /// The languages a member may choose for mail: the content cultures whose mail the theme writes,
    /// each by its own name; a culture the form accepts but does not offer (a subscription saved in
    /// <c>fr</c>) is kept as a choice while it is the member's, so that saving does not change it unasked.
    /// </summary>
    public List<LiquidModel> Languages(string? selected)
    {
        var offered = taxonomy.Site.ContentCultures.Where(mail.Writes).ToList();
        if (selected is not null && taxonomy.IsContentCulture(selected) && !offered.Contains(selected))
        {
            offered.Add(selected);
        }

        return [.. offered.Select(code => new LiquidModel
        {
            ["value"] = code,
            ["label"] = LanguageName(code),
            ["selected"] = code == selected,
        })];
    }

    /// <summary>A culture by its own name where the theme has its words, else by its name in the page's culture.</summary>
    public string LanguageName(string code) =>
        locales.Has(code) ? locales.Text(code, "language_name") : page.Words.GetValueOrDefault("language_" + code, code);

    public string FrequencyName(DigestFrequency frequency) => Word("frequency_" + frequency.ToString().ToLowerInvariant());

    /// <summary>The clusters, frequency and language fields with what was chosen and each field's problem in the page's words.</summary>
    public LiquidModel Fields(IReadOnlyList<ClusterOption> clusters, IReadOnlyCollection<string> chosen, DigestFrequency? frequency, string? culture, IReadOnlyList<FormProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(chosen);
        ArgumentNullException.ThrowIfNull(problems);
        var errors = new LiquidModel();
        var summary = new List<LiquidModel>();
        foreach (var problem in problems.Where(p => !errors.ContainsKey(p.Field)))
        {
            errors[problem.Field] = Word("error_" + problem.Code);
            summary.Add(new LiquidModel { ["field_id"] = problem.Field == SubscriptionFormReader.ClustersField ? "cluster-0" : problem.Field, ["message"] = errors[problem.Field] });
        }

        return new LiquidModel
        {
            ["clusters"] = clusters.Select((c, i) => new LiquidModel
            {
                ["id"] = c.Id,
                ["title"] = c.Title,
                // A title the cluster has only in another language is marked as such, for screen readers and fonts.
                ["lang"] = c.Culture == Culture.Code ? null : c.Culture,
                ["input_id"] = "cluster-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["checked"] = chosen.Contains(c.Id),
            }).ToList(),
            ["frequencies"] = Enum.GetValues<DigestFrequency>().Select(f => new LiquidModel
            {
                ["value"] = f.ToString().ToLowerInvariant(),
                ["label"] = FrequencyName(f),
                ["selected"] = f == frequency,
            }).ToList(),
            ["languages"] = Languages(culture),
            ["errors"] = errors,
            ["error_list"] = summary,
        };
    }

    /// <summary>A member's page of its own template; personal, so neither indexed nor offered in other cultures.</summary>
    public Task<IResult> RenderAsync(string template, string title, LiquidModel model, int status = 200) =>
        page.RenderAsync(new PageView(template, title, null, model) { Status = status, Personal = true });

    public Task<IResult> MessageAsync(MemberMessage message, int status = 200)
    {
        ArgumentNullException.ThrowIfNull(message);
        var model = new LiquidModel
        {
            ["heading"] = message.Heading,
            ["paragraphs"] = message.Paragraphs.ToList(),
            ["items"] = message.Items.ToList(),
            ["after"] = message.After.ToList(),
            ["form"] = message.Action is { } action ? new LiquidModel
            {
                ["action"] = action,
                ["button"] = message.Button,
                ["fields"] = message.Hidden.Select(h => new LiquidModel { ["name"] = h.Name, ["value"] = h.Value }).ToList(),
            } : null,
            ["links"] = message.Links.Select(l => new LiquidModel { ["url"] = l.Url, ["label"] = l.Label }).ToList(),
        };
        return RenderAsync("member-message", message.Heading, model, status);
    }

    /// <summary>A signed link that finds nothing: why, and the way to start again in this culture.</summary>
    public Task<IResult> InvalidLinkAsync(string textKey) =>
        MessageAsync(new MemberMessage(Word("link_invalid_title"), [Word(textKey), Word("nothing_changed")])
        {
            Links = [(page.Urls.Subscribe(Culture.Code), Word("subscribe_again")), HomeLink],
        }, StatusCodes.Status400BadRequest);
}
