namespace Portal.Content.Types;

/// <summary>
/// The fields that place an item in time (an event's start, end and time zone): the calendar, the
/// search index's start and the "when" of a card read these.
/// </summary>
public sealed record DateSpan(string StartField, string? EndField, string? ZoneField);
