using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Content.Model;
using Portal.Content.Taxonomies;
using Portal.Content.Types;

namespace Portal.Admin.Content;

/// <summary>
/// <c>/admin/content?type=&amp;q=&amp;status=&amp;culture=&amp;cluster=&amp;page=</c>: the items, newest change first.
/// A value that names nothing is dropped; contributors see their own items only.
/// </summary>
public sealed class ContentListModel(ContentListQuery query, ContentChoices choices, UserNames names, Taxonomy taxonomy, ContentTypeCatalog types) : PageModel
{
    public IReadOnlyList<string> TypeNames => types.Names;

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "culture")]
    public string? Culture { get; set; }

    [BindProperty(SupportsGet = true, Name = "cluster")]
    public string? Cluster { get; set; }

    public ContentListPage Result { get; private set; } = new([], 0, false, 1, false);

    public IReadOnlyList<Choice> Clusters { get; private set; } = [];

    public IReadOnlyList<string> Cultures => taxonomy.Site.ContentCultures;

    public IReadOnlyDictionary<string, string> Owners { get; private set; } = new Dictionary<string, string>();

    public bool OwnItemsOnly { get; private set; }

    public async Task OnGetAsync()
    {
        var aborted = HttpContext.RequestAborted;
        Clusters = await choices.ItemsAsync(ContentTypes.Cluster, aborted);
        Type = types.IsKnown(Type ?? "") ? Type : null;
        Q = Q?.Trim() is { Length: > 0 and <= 200 } q ? q : null;
        Status = ContentListQuery.Statuses.Contains(Status) ? Status : null;
        Culture = Cultures.Contains(Culture) ? Culture : null;
        Cluster = Clusters.Any(c => c.Value == Cluster) ? Cluster : null;
        // Read from the query itself: Razor Pages keep "page" as a route value of their own.
        var page = int.TryParse(Request.Query["page"], out var n) ? n : 1;
        OwnItemsOnly = !ContentAccess.SeesAll(User);
        var owner = OwnItemsOnly ? ContentAccess.UserId(User) : null;
        Result = await query.RunAsync(new ContentListFilter(Type, Q, Status, Culture, Cluster, page, owner), aborted);
        Owners = await names.ForAsync(Result.Rows.Select(r => r.OwnerId), aborted);
    }

    /// <summary>This list with the same filters on another page.</summary>
    public string PageLink(int page)
    {
        var values = new Dictionary<string, string?> { ["type"] = Type, ["q"] = Q, ["status"] = Status, ["culture"] = Culture, ["cluster"] = Cluster };
        if (page > 1)
        {
            values["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return QueryHelpers.AddQueryString("/admin/content", values.Where(v => v.Value is not null));
    }
}
