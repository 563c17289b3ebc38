using Portal.Content.Model;
using Portal.Site.Content;
using Portal.Site.Rendering;

namespace Portal.Site.Pages;

/// <summary>A cluster space links to its feed, to the subscribe form with the cluster chosen, and to all of its case studies.</summary>
public sealed class ClusterPagePart : IItemPagePart
{
    public string Type => ContentTypes.Cluster;

    public void AddTo(LiquidModel model, ContentCard item, SitePageContext page)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(page);
        model["feed_url"] = page.Culture.Path($"/clusters/{item.Slug}/feed.xml");
        model["subscribe_url"] = page.Urls.Subscribe(page.Culture.Code, item.Id);
        model["case_studies_url"] = page.Culture.Path($"/case-studies?{TermKinds.Cluster}={item.Id}");
    }
}
