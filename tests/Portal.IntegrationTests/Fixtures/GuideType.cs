using Portal.Content.Model;
using Portal.Content.Types;

namespace Portal.IntegrationTests.Fixtures;

/// <summary>A content type that only tests have: a how-to guide for city officials, to prove that a type is its descriptor.</summary>
public static class GuideType
{
    public const string Name = "Guide";

    public static ContentTypeDescriptor Descriptor { get; } = new()
    {
        Name = Name,
        UrlSegment = "guides",
        Template = "guide",
        SchemaType = "HowTo",
        DigestOrder = 0,
        InFeeds = true,
        OwnFields =
        [
            new("audience", FieldKind.Choice) { Required = true, Choices = ["mayors", "planners", "responders"] },
            new("reviewed", FieldKind.Date) { FullDateOnly = true },
            new("partner_cities", FieldKind.References) { ReferenceTypes = [ContentTypes.City], TermKind = TermKinds.City },
        ],
    };
}
