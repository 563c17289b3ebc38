using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Admin.Content;

/// <summary>Fills the editor's form from a stored version: its front-matter fields (as the reader normalised them) and its body.</summary>
public static class VersionForm
{
    public static ContentForm From(string fieldsJson, string body)
    {
        var fields = JsonNode.Parse(fieldsJson) as JsonObject ?? [];
        string? Text(string key) => fields[key] switch
        {
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
            JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.GetValue<double>().ToString(CultureInfo.InvariantCulture),
            JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>() ? "true" : "false",
            _ => null,
        };
        List<string> List(string key) => fields[key] is JsonArray values ? [.. values.Select(v => v?.ToString()).OfType<string>()] : [];
        List<JsonObject> Objects(string key) => fields[key] is JsonArray values ? [.. values.OfType<JsonObject>()] : [];
        var period = fields["period"] as JsonObject;
        return new ContentForm
        {
            Id = Text("id"),
            Culture = Text("culture"),
            Title = Text("title"),
            Slug = Text("slug"),
            Summary = Text("summary"),
            Published = Text("published"),
            Body = body,
            Clusters = List("clusters"),
            Countries = List("countries"),
            Cities = List("cities"),
            Organizations = List("organizations"),
            Hazards = List("hazards"),
            Sdgs = List("sdgs"),
            Tags = string.Join(", ", List("tags")),
            Sources = [.. Objects("sources").Select(s => new SourceEntry { Title = s["title"]?.ToString(), Url = s["url"]?.ToString() })],
            Starts = Text("starts"),
            Ends = Text("ends"),
            Timezone = Text("timezone"),
            Venue = Text("venue"),
            Online = Text("online"),
            RegistrationUrl = Text("registration_url"),
            Country = Text("country"),
            Region = Text("region"),
            Population = Text("population"),
            Latitude = Text("latitude"),
            Longitude = Text("longitude"),
            Kind = Text("kind"),
            Website = Text("website"),
            Order = Text("order"),
            Essentials = List("essentials"),
            Status = Text("status"),
            PeriodStart = period?["start"]?.ToString(),
            PeriodEnd = period?["end"]?.ToString(),
            Partners = [.. Objects("partners").Select(p => new PartnerEntry { Ref = p["ref"]?.ToString(), Role = p["role"]?.ToString() })],
            Funding = Text("funding"),
            Contact = Text("contact"),
        };
    }
}
