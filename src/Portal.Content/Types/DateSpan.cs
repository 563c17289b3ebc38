namespace Portal.Content.Types;

/// <summary>
/// The fields that place an item in time (an event's start, end and time zone) and where it happens:
/// the calendar and its iCalendar feeds, the search index's start and the "when" of a card read these.
/// </summary>
public sealed record DateSpan(string StartField, string? EndField, string? ZoneField)
{
    /// <summary>The text field that says where it happens (an event's venue).</summary>
    public string? PlaceField { get; init; }
}
