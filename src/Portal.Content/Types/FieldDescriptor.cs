namespace Portal.Content.Types;

/// <summary>One front-matter field of a content type: what it holds and every rule it is read by.</summary>
public sealed record FieldDescriptor(string Name, FieldKind Kind)
{
    public bool Required { get; init; }

    /// <summary>For text: the longest value accepted.</summary>
    public int MaxLength { get; init; } = 500;

    /// <summary>For text: line breaks are kept (a summary, a contact block).</summary>
    public bool Multiline { get; init; }

    /// <summary>For a choice, and for a partner's role: the values accepted, in the order the form offers them.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>For numbers: the smallest and largest accepted.</summary>
    public double Min { get; init; }

    public double Max { get; init; }

    /// <summary>For numbers of a list: which list.</summary>
    public NumberedList? Numbers { get; init; }

    /// <summary>For references and partners: the types of item they may name.</summary>
    public IReadOnlyList<string> ReferenceTypes { get; init; } = [];

    /// <summary>For dates: a day at least (a publication moment), never a year or a quarter.</summary>
    public bool FullDateOnly { get; init; }

    /// <summary>For dates: the <see cref="FieldKind.TimeZone"/> field a date without offset is read in.</summary>
    public string? ZoneField { get; init; }

    /// <summary>For dates: the date field this one may not be before (an end and its start).</summary>
    public string? NotBefore { get; init; }

    /// <summary>Shown on the item's card in lists, not only on its page (an event's venue).</summary>
    public bool OnCard { get; init; }

    /// <summary>The kind of filterable term each value is, where the field classifies its item (<see cref="Model.TermKinds"/>).</summary>
    public string? TermKind { get; init; }

    /// <summary>The admin form's label: the name as words (<c>partner_cities</c>: Partner cities) unless given (<c>registration_url</c>: Registration URL).</summary>
    public string Label
    {
        get => field ?? char.ToUpperInvariant(Name[0]) + Name[1..].Replace('_', ' ');
        init;
    }

    /// <summary>The admin form's advice beside the field, beyond what its kind and limits already say.</summary>
    public string? Hint { get; init; }

    /// <summary>For sources, partners and a period: the keys of each entry, in the order a file writes them.</summary>
    public IReadOnlyList<string> EntryKeys => Kind switch
    {
        FieldKind.Sources => SourceKeys,
        FieldKind.Partners => PartnerKeys,
        FieldKind.Period => PeriodKeys,
        _ => [],
    };

    private static readonly string[] SourceKeys = [EntryParts.Title, EntryParts.Url];
    private static readonly string[] PartnerKeys = [EntryParts.Ref, EntryParts.Role];
    private static readonly string[] PeriodKeys = [EntryParts.Start, EntryParts.End];
}
