using System.Globalization;
using Portal.Content.Import;

namespace Portal.Site.Rendering;

/// <summary>Dates and numbers as the culture writes them; event dates with only the precision that is known.</summary>
public static class Formats
{
    public static string Date(DateTime? utc, SiteCulture culture, IReadOnlyDictionary<string, string> words) =>
        utc is { } value ? value.ToString(words.GetValueOrDefault("date_format", "d MMMM yyyy"), culture.Format) : "";

    public static string Number(long value, SiteCulture culture) => value.ToString("N0", culture.Format);

    /// <summary>An event's start (and end), in the event's time zone, as precise as its front matter says.</summary>
    public static string EventDate(string? starts, string? ends, string? zoneName, SiteCulture culture, IReadOnlyDictionary<string, string> words)
    {
        var zone = Zone(zoneName);
        var start = Partial(starts, zone, culture, words);
        var end = Partial(ends, zone, culture, words);
        return end.Length == 0 || end == start ? start : $"{start} – {end}";
    }

    /// <summary>A period (a case study's), each end as precise as it is known; open-ended, it runs on ("2013 – ongoing").</summary>
    public static string Period(string? start, string? end, SiteCulture culture, IReadOnlyDictionary<string, string> words)
    {
        if (string.IsNullOrEmpty(start))
        {
            return "";
        }

        return string.IsNullOrEmpty(end) ? $"{Partial(start, null, culture, words)} – {words.GetValueOrDefault("period_ongoing", "")}" : EventDate(start, end, null, culture, words);
    }

    public static TimeZoneInfo? Zone(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    public static bool TryParse(string? text, TimeZoneInfo? zone, out PartialDate date)
    {
        date = default;
        return text is not null && PartialDate.TryParse(text, zone, out date);
    }

    private static string Partial(string? text, TimeZoneInfo? zone, SiteCulture culture, IReadOnlyDictionary<string, string> words)
    {
        if (!TryParse(text, zone, out var date))
        {
            return text ?? "";
        }

        var local = zone is null ? date.StartUtc : TimeZoneInfo.ConvertTimeFromUtc(date.StartUtc, zone);
        var format = culture.Format;
        return date.Precision switch
        {
            DatePrecision.Year => local.Year.ToString(format),
            DatePrecision.Quarter => string.Format(format, words.GetValueOrDefault("quarter_format", "Q{0} {1}"), ((local.Month - 1) / 3) + 1, local.Year),
            DatePrecision.Month => local.ToString(words.GetValueOrDefault("month_format", "MMMM yyyy"), format),
            DatePrecision.Day => local.ToString(words.GetValueOrDefault("date_format", "d MMMM yyyy"), format),
            _ => local.ToString(words.GetValueOrDefault("date_format", "d MMMM yyyy") + " HH:mm", format) + (zone is null ? " UTC" : $" ({zone.Id})"),
        };
    }
}
