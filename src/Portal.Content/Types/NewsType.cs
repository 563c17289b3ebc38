using Portal.Content.Model;

namespace Portal.Content.Types;

/// <summary>A news story, first in digests and in the feeds.</summary>
public static class NewsType
{
    public static ContentTypeDescriptor Descriptor { get; } = new()
    {
        Name = ContentTypes.News,
        UrlSegment = "news",
        Template = "news",
        SchemaType = "Article",
        DigestOrder = 1,
        InFeeds = true,
    };
}
