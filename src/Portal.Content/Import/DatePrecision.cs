namespace Portal.Content.Import;

/// <summary>How much of a date is known: an event planned for "the first quarter of 2020" is not a day.</summary>
public enum DatePrecision
{
    Year,
    Quarter,
    Month,
    Day,
    Time,
}
