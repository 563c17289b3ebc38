using System.Text.Json.Nodes;
using Portal.Content.Model;

namespace Portal.Content.Types;

/// <summary>A dated event, in the time zone of where it happens, on the calendar and in the ICS feeds.</summary>
public static class EventType
{
    public static ContentTypeDescriptor Descriptor { get; } = new()
    {
        Name = ContentTypes.Event,
        UrlSegment = "events",
        Template = "event",
        SchemaType = "Event",
        DigestOrder = 3,
        InFeeds = true,
        Schedule = new DateSpan("starts", "ends", "timezone") { PlaceField = "venue" },
        Schema = (fields, data) =>
        {
            data["eventAttendanceMode"] = fields.Boolean("online") == true ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode";
            if (fields.Text("venue") is { } venue)
            {
                data["location"] = new JsonObject { ["@type"] = "Place", ["name"] = venue };
            }
        },
        OwnFields =
        [
            new("timezone", FieldKind.TimeZone) { MaxLength = 100, Label = "Time zone" },
            new("starts", FieldKind.Date) { Required = true, ZoneField = "timezone" },
            new("ends", FieldKind.Date) { ZoneField = "timezone", NotBefore = "starts", Hint = "Empty for a one-day event." },
            new("venue", FieldKind.Text) { MaxLength = 300, OnCard = true },
            new("online", FieldKind.Boolean) { OnCard = true },
            new("registration_url", FieldKind.Url) { Label = "Registration URL" },
        ],
    };
}
