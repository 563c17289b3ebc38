using Portal.Content.Urls;
using Portal.Site.Rendering;

namespace Portal.Site.Pages;

/// <summary>
/// The search page's "alert me" form: a plain GET to <c>/account/alerts</c> with the search (words,
/// filters, the page's culture), where a signed-in account saves it with a form of its own and
/// anyone else is sent to log in first. A plain link keeps the cached public page free of any one's token.
/// </summary>
public static class SearchAlertForm
{
    public static LiquidModel For(SitePageContext page, string query, IReadOnlyDictionary<string, string?> filters)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(filters);
        var fields = new List<LiquidModel> { new() { ["name"] = "q", ["value"] = query } };
        fields.AddRange(filters.Where(f => f.Value is not null).Select(f => new LiquidModel { ["name"] = f.Key, ["value"] = f.Value }));
        fields.Add(new LiquidModel { ["name"] = "culture", ["value"] = page.Culture.Code });
        return new LiquidModel { ["action"] = SiteUrls.AccountAlertsPath, ["fields"] = fields };
    }
}
