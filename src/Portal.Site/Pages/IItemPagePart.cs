using Portal.Site.Content;
using Portal.Site.Rendering;

namespace Portal.Site.Pages;

/// <summary>
/// What one type's page shows beyond its fields and the items that refer to it: links to features
/// of the type's own (a cluster's feed and its subscribe form). Registered beside the feature.
/// </summary>
public interface IItemPagePart
{
    /// <summary>The content type whose pages this adds to.</summary>
    string Type { get; }

    void AddTo(LiquidModel model, ContentCard item, SitePageContext page);
}
