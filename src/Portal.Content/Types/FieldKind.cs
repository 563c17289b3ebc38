namespace Portal.Content.Types;

/// <summary>How a front-matter field is written, checked, stored, edited and shown.</summary>
public enum FieldKind
{
    /// <summary>One line of text (or several, where <see cref="FieldDescriptor.Multiline"/>).</summary>
    Text,
    /// <summary>One of <see cref="FieldDescriptor.Choices"/>; its words are <c>{field}_{choice}</c> in the locales.</summary>
    Choice,
    /// <summary>A whole number from <see cref="FieldDescriptor.Min"/> to <see cref="FieldDescriptor.Max"/>.</summary>
    WholeNumber,
    /// <summary>A number with decimals (a latitude) from <see cref="FieldDescriptor.Min"/> to <see cref="FieldDescriptor.Max"/>.</summary>
    RealNumber,
    Boolean,
    /// <summary>An absolute http or https URL.</summary>
    Url,
    /// <summary>A date, a date-time with offset, or (unless full dates only) a year, month or quarter.</summary>
    Date,
    /// <summary>An IANA time zone name, which the type's dates may be read in.</summary>
    TimeZone,
    /// <summary>One ISO 3166-1 alpha-2 code of <c>seeds/countries.yaml</c>.</summary>
    Country,
    /// <summary>A list of country codes.</summary>
    Countries,
    /// <summary>A list of hazard ids of <c>seeds/hazards.yaml</c>.</summary>
    Hazards,
    /// <summary>A list of numbers of a numbered list (<see cref="FieldDescriptor.Numbers"/>).</summary>
    Numbers,
    /// <summary>A list of free tags.</summary>
    Tags,
    /// <summary>A list of ids of items of <see cref="FieldDescriptor.ReferenceTypes"/>.</summary>
    References,
    /// <summary>A list of sources, each a <c>title</c> and perhaps a <c>url</c>.</summary>
    Sources,
    /// <summary>A list of partners, each a <c>ref</c> to an item of <see cref="FieldDescriptor.ReferenceTypes"/> and a <c>role</c> of <see cref="FieldDescriptor.Choices"/>.</summary>
    Partners,
    /// <summary>A <c>start</c> and an <c>end</c>, each a date or a year.</summary>
    Period,
}
