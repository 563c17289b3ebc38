using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Content.Import;

/// <summary>
/// A date as precise as it is known: <c>2020</c>, <c>2020-Q1</c>, <c>2023-09</c>, <c>2019-10-31</c>
/// or a date-time with an offset (or, given a time zone, without one).
/// </summary>
public readonly partial record struct PartialDate(DateTime StartUtc, DatePrecision Precision, string Text)
{
    public static bool TryParse(string text, TimeZoneInfo? zone, out PartialDate date)
    {
        date = default;
        text = text.Trim();
        var invariant = CultureInfo.InvariantCulture;
        if (Year().IsMatch(text))
        {
            return Make(new DateTime(int.Parse(text, invariant), 1, 1), DatePrecision.Year, text, zone, out date);
        }

        var quarter = Quarter().Match(text);
        if (quarter.Success)
        {
            var month = ((int.Parse(quarter.Groups[2].Value, invariant) - 1) * 3) + 1;
            return Make(new DateTime(int.Parse(quarter.Groups[1].Value, invariant), month, 1), DatePrecision.Quarter, text, zone, out date);
        }

        if (DateTime.TryParseExact(text, "yyyy-MM", invariant, DateTimeStyles.None, out var monthStart))
        {
            return Make(monthStart, DatePrecision.Month, text, zone, out date);
        }

        if (DateTime.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var day))
        {
            return Make(day, DatePrecision.Day, text, zone, out date);
        }

        if (!text.Contains('T', StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        if (HasOffset().IsMatch(text) && DateTimeOffset.TryParse(text, invariant, DateTimeStyles.None, out var withOffset))
        {
            date = new PartialDate(withOffset.UtcDateTime, DatePrecision.Time, withOffset.ToString("yyyy-MM-dd'T'HH:mm:sszzz", invariant));
            return true;
        }

        if (zone is not null && DateTime.TryParse(text, invariant, DateTimeStyles.None, out var local))
        {
            return Make(local, DatePrecision.Time, local.ToString("yyyy-MM-dd'T'HH:mm:ss", invariant), zone, out date);
        }

        return false;
    }

    private static bool Make(DateTime unspecified, DatePrecision precision, string text, TimeZoneInfo? zone, out PartialDate date)
    {
        var local = DateTime.SpecifyKind(unspecified, DateTimeKind.Unspecified);
        var utc = zone is null ? DateTime.SpecifyKind(local, DateTimeKind.Utc) : ToUtc(local, zone);
        date = new PartialDate(utc, precision, text);
        return true;
    }

    /// <summary>
    /// A local time the clocks skip (a daylight-saving gap; in zones such as America/Sao_Paulo or
    /// Asia/Beirut the gap starts at midnight, so a whole date falls into it) is read with the offset
    /// in force just before the gap: the moment the clocks jumped, plus how far into the gap it is.
    /// ConvertTimeToUtc would throw instead.
    /// </summary>
    private static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        if (!zone.IsInvalidTime(local))
        {
            return TimeZoneInfo.ConvertTimeToUtc(local, zone);
        }

        var before = local;
        while (zone.IsInvalidTime(before))
        {
            before = before.AddMinutes(-15);
        }

        return DateTime.SpecifyKind(local - zone.GetUtcOffset(before), DateTimeKind.Utc);
    }

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^(\d{4})-Q([1-4])$")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$")]
    private static partial Regex HasOffset();
}
