using Microsoft.Extensions.Options;
using Portal.Digests;
using Portal.Digests.Scheduling;
using Portal.Digests.Subscriptions;

namespace Portal.IntegrationTests.Digests;

/// <summary>The due rules: daily at the hour, weekly on the day, monthly on the first, by the member's clock.</summary>
public sealed class DigestScheduleTests
{
    private static readonly DigestSchedule Schedule = new(Options.Create(new DigestOptions { Hour = 7, WeeklyDay = DayOfWeek.Monday }));

    private static DateTime Utc(string text) => DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);

    [Theory]
    // 2026-11-25 is a Wednesday.
    [InlineData(DigestFrequency.Daily, "UTC", "2026-11-25T06:59:00Z", "daily:2026-11-24", "2026-11-24T07:00:00Z")]
    [InlineData(DigestFrequency.Daily, "UTC", "2026-11-25T07:00:00Z", "daily:2026-11-25", "2026-11-25T07:00:00Z")]
    [InlineData(DigestFrequency.Weekly, "UTC", "2026-11-25T12:00:00Z", "weekly:2026-11-23", "2026-11-23T07:00:00Z")]
    [InlineData(DigestFrequency.Weekly, "UTC", "2026-11-23T06:00:00Z", "weekly:2026-11-16", "2026-11-16T07:00:00Z")]
    [InlineData(DigestFrequency.Monthly, "UTC", "2026-11-25T12:00:00Z", "monthly:2026-11-01", "2026-11-01T07:00:00Z")]
    [InlineData(DigestFrequency.Monthly, "UTC", "2026-12-01T06:00:00Z", "monthly:2026-11-01", "2026-11-01T07:00:00Z")]
    // 07:00 in Shanghai (UTC+8) is 23:00 UTC the day before.
    [InlineData(DigestFrequency.Daily, "Asia/Shanghai", "2026-11-24T23:30:00Z", "daily:2026-11-25", "2026-11-24T23:00:00Z")]
    [InlineData(DigestFrequency.Daily, "Asia/Shanghai", "2026-11-24T22:30:00Z", "daily:2026-11-24", "2026-11-23T23:00:00Z")]
    // An unknown zone is UTC.
    [InlineData(DigestFrequency.Daily, "Nowhere/Atlantis", "2026-11-25T07:30:00Z", "daily:2026-11-25", "2026-11-25T07:00:00Z")]
    public void The_latest_slot_is_the_last_scheduled_moment_by_the_members_clock(DigestFrequency frequency, string zone, string asOf, string periodKey, string slot)
    {
        var latest = Schedule.LatestSlot(frequency, zone, Utc(asOf));
        Assert.Equal(periodKey, latest.PeriodKey);
        Assert.Equal(Utc(slot), latest.SlotUtc);
    }

    [Fact]
    public void A_slot_in_a_daylight_saving_gap_falls_an_hour_later()
    {
        // New York skips 02:00-03:00 on 2026-03-08.
        var schedule = new DigestSchedule(Options.Create(new DigestOptions { Hour = 2 }));
        var latest = schedule.LatestSlot(DigestFrequency.Daily, "America/New_York", Utc("2026-03-08T12:00:00Z"));
        Assert.Equal("daily:2026-03-08", latest.PeriodKey);
        Assert.Equal(Utc("2026-03-08T07:00:00Z"), latest.SlotUtc);
    }
}
