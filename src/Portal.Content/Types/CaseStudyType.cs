using Portal.Content.Model;

namespace Portal.Content.Types;

/// <summary>A good practice of a city, with its partners, period and the Ten Essentials it serves.</summary>
public static class CaseStudyType
{
    public static ContentTypeDescriptor Descriptor { get; } = new()
    {
        Name = ContentTypes.CaseStudy,
        UrlSegment = "case-studies",
        Template = "case-study",
        SchemaType = "Article",
        DigestOrder = 2,
        InFeeds = true,
        DateField = "period",
        Outline = ["Challenge", "What was done", "Results", "Lessons", "How to replicate"],
        OwnFields =
        [
            new("essentials", FieldKind.Numbers) { Min = 1, Max = 10, Numbers = NumberedList.Essentials, Label = "UNDRR's Ten Essentials" },
            new("status", FieldKind.Choice) { Choices = ["planned", "ongoing", "completed"] },
            new("funding", FieldKind.Text) { MaxLength = 2000, Multiline = true },
            new("contact", FieldKind.Text) { MaxLength = 500, Multiline = true },
            new("period", FieldKind.Period) { Hint = "A date or a year at each end." },
            new("partners", FieldKind.Partners) { ReferenceTypes = [ContentTypes.City, ContentTypes.Organization], Choices = ["provider", "recipient", "facilitator", "funder"], Hint = "The id of a city or an organization (the list offers them), and its role." },
        ],
    };
}
