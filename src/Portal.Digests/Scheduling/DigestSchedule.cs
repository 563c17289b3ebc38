using System.Globalization;
using Microsoft.Extensions.Options;
using Portal.Digests.Subscriptions;

namespace Portal.Digests.Scheduling;

/// <summary>
/// When digests fall due: daily at the configured hour, weekly on the configured day at that
/// hour, monthly on the first at that hour, each by the member's clock (UTC when its zone is unknown).
/// </summary>
public sealed class DigestSchedule(IOptions<DigestOptions> options)
{
    /// <summary>The latest slot at or before <paramref name="asOfUtc"/>.</summary>
    public DigestSlot LatestSlot(DigestFrequency frequency, string? timeZone, DateTime asOfUtc)
    {
        var zone = Zone(timeZone);
        var local = TimeZoneInfo.ConvertTimeFromUtc(asOfUtc, zone);
        var hour = TimeSpan.FromHours(Math.Clamp(options.Value.Hour, 0, 23));
        var date = frequency switch
        {
            DigestFrequency.Daily => local.TimeOfDay >= hour ? local.Date : local.Date.AddDays(-1),
            DigestFrequency.Weekly => LatestWeekday(local, hour, options.Value.WeeklyDay),
            _ => LatestFirst(local, hour),
        };
        var slotLocal = DateTime.SpecifyKind(date + hour, DateTimeKind.Unspecified);
        // A slot in a daylight-saving gap does not exist on that clock: it falls an hour later.
        while (zone.IsInvalidTime(slotLocal))
        {
            slotLocal = slotLocal.AddHours(1);
        }

        var key = $"{frequency.ToString().ToLowerInvariant()}:{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return new DigestSlot(key, TimeZoneInfo.ConvertTimeToUtc(slotLocal, zone));
    }

    public static TimeZoneInfo Zone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    private static DateTime LatestWeekday(DateTime local, TimeSpan hour, DayOfWeek day)
    {
        var date = local.Date;
        while (date.DayOfWeek != day || date + hour > local)
        {
            date = date.AddDays(-1);
        }

        return date;
    }

    private static DateTime LatestFirst(DateTime local, TimeSpan hour)
    {
        var first = new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return first + hour > local ? first.AddMonths(-1) : first;
    }
}
