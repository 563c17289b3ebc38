using System.Globalization;

namespace Portal.Admin.Workflow;

/// <summary>Reads the moment of a scheduled publication: a local date and time (as <c>datetime-local</c> sends it) in an IANA zone.</summary>
public static class ScheduleTime
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];

    /// <returns>The moment in UTC, or null with <paramref name="problem"/> saying what is wrong.</returns>
    public static DateTime? Parse(string? local, string? zoneName, DateTime nowUtc, out string? problem)
    {
        problem = null;
        if (!DateTime.TryParseExact(local?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock))
        {
            problem = "Give the date and time of publication (YYYY-MM-DDTHH:MM).";
            return null;
        }

        var zone = TimeZoneInfo.Utc;
        if (!string.IsNullOrEmpty(zoneName) && zoneName != "UTC" && !TimeZoneInfo.TryFindSystemTimeZoneById(zoneName, out zone))
        {
            problem = $"'{zoneName}' is not an IANA time zone name.";
            return null;
        }

        var utc = zone.IsInvalidTime(wallClock)
            ? DateTime.SpecifyKind(wallClock - zone.GetUtcOffset(wallClock), DateTimeKind.Utc)
            : TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), zone);
        if (utc <= nowUtc)
        {
            problem = "The moment of publication must be in the future; to publish now, use \"Publish now\".";
            return null;
        }

        return utc;
    }
}
