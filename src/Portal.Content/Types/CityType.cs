using System.Text.Json.Nodes;
using Portal.Content.Model;

namespace Portal.Content.Types;

/// <summary>A city, placed on the map, with what it has shared and learnt.</summary>
public static class CityType
{
    public static ContentTypeDescriptor Descriptor { get; } = new()
    {
        Name = ContentTypes.City,
        UrlSegment = "cities",
        Template = "city",
        SchemaType = "Place",
        DigestOrder = 5,
        Schema = (fields, data) =>
        {
            if (fields.Text("latitude") is { } latitude && fields.Text("longitude") is { } longitude)
            {
                data["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = latitude, ["longitude"] = longitude };
            }
        },
        OwnFields =
        [
            new("country", FieldKind.Country) { Required = true, TermKind = TermKinds.Country },
            new("region", FieldKind.Text) { MaxLength = 200, Label = "Region (province, state)" },
            new("population", FieldKind.WholeNumber) { Min = 0, Max = 100_000_000 },
            new("latitude", FieldKind.RealNumber) { Min = -90, Max = 90 },
            new("longitude", FieldKind.RealNumber) { Min = -180, Max = 180 },
        ],
    };
}
