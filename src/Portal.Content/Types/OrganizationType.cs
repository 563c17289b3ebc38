using Portal.Content.Model;

namespace Portal.Content.Types;

/// <summary>A partner organisation: an agency, a government, a network...</summary>
public static class OrganizationType
{
    public static ContentTypeDescriptor Descriptor { get; } = new()
    {
        Name = ContentTypes.Organization,
        UrlSegment = "organizations",
        Template = "organization",
        SchemaType = "Organization",
        DigestOrder = 4,
        Schema = (fields, data) =>
        {
            if (fields.Text("website") is { } website)
            {
                data["sameAs"] = website;
            }
        },
        OwnFields =
        [
            new("kind", FieldKind.Choice) { Choices = ["un-agency", "government", "city", "ngo", "academia", "private-sector", "network"] },
            new("website", FieldKind.Url),
        ],
    };
}
