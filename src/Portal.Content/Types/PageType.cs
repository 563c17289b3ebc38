using Portal.Content.Model;

namespace Portal.Content.Types;

/// <summary>A page of the site itself (about, contact...).</summary>
public static class PageType
{
    public static ContentTypeDescriptor Descriptor { get; } = new()
    {
        Name = ContentTypes.Page,
        UrlSegment = "pages",
        Template = "page",
        SchemaType = "WebPage",
        DigestOrder = 6,
    };
}
