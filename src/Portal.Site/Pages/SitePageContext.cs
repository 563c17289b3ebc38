using Microsoft.AspNetCore.Http;
using Portal.Content.Taxonomies;
using Portal.Content.Types;
using Portal.Content.Urls;
using Portal.Site.Content;
using Portal.Site.Rendering;

namespace Portal.Site.Pages;

/// <summary>What every page handler needs, from the request's services, and the culture of the route it came by.</summary>
public sealed class SitePageContext(IHttpContextAccessor accessor, SiteContent content, PageRenderer renderer, Taxonomy taxonomy, SiteCultures cultures, SiteUrls urls, ContentTypeCatalog catalog)
{
    public HttpContext Http => accessor.HttpContext!;

    public SiteContent Content => content;

    public PageRenderer Renderer => renderer;

    public Taxonomy Taxonomy => taxonomy;

    public SiteUrls Urls => urls;

    public ContentTypeCatalog Catalog => catalog;

    /// <summary>Set by a page rendered outside the site's routes (the admin's draft preview) to the culture it shows.</summary>
    public SiteCulture? ChosenCulture { get; set; }

    /// <summary>The culture of the route's prefix, unless one was chosen.</summary>
    public SiteCulture Culture => ChosenCulture ?? Http.GetEndpoint()?.Metadata.GetMetadata<SiteCulture>() ?? cultures.Default;

    public IReadOnlyDictionary<string, string> Words => renderer.Words(Culture);

    public CancellationToken Aborted => Http.RequestAborted;

    public LiquidModel Card(ContentCard card) => Views.Card(card, catalog.Find(card.Type), Culture, Words);

    public List<LiquidModel> Cards(IEnumerable<ContentCard> cards) => Views.Cards(cards, catalog, Culture, Words);

    public Task<IResult> RenderAsync(PageView view) => renderer.RenderAsync(Http, Culture, view);

    public Task<IResult> NotFoundAsync() => renderer.NotFoundAsync(Http, Culture);
}
