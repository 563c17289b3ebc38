using System.Globalization;
using Portal.Content.Import;

namespace Portal.Tests.Import;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2020", null, "2020-01-01T00:00:00Z", DatePrecision.Year, "2020")]
    [InlineData("2020-Q1", null, "2020-01-01T00:00:00Z", DatePrecision.Quarter, "2020-Q1")]
    [InlineData("2020-Q4", null, "2020-10-01T00:00:00Z", DatePrecision.Quarter, "2020-Q4")]
    [InlineData("2023-09", null, "2023-09-01T00:00:00Z", DatePrecision.Month, "2023-09")]
    [InlineData("2019-10-31", null, "2019-10-31T00:00:00Z", DatePrecision.Day, "2019-10-31")]
    [InlineData(" 2019-10-31 ", null, "2019-10-31T00:00:00Z", DatePrecision.Day, "2019-10-31")]
    [InlineData("2019-10-31T09:00:00+08:00", null, "2019-10-31T01:00:00Z", DatePrecision.Time, "2019-10-31T09:00:00+08:00")]
    [InlineData("2019-10-31T09:00+0800", null, "2019-10-31T01:00:00Z", DatePrecision.Time, "2019-10-31T09:00:00+08:00")]
    [InlineData("2019-10-31T01:00:00Z", null, "2019-10-31T01:00:00Z", DatePrecision.Time, "2019-10-31T01:00:00+00:00")]
    [InlineData("2019-10-31T09:00", "Asia/Shanghai", "2019-10-31T01:00:00Z", DatePrecision.Time, "2019-10-31T09:00:00")]
    [InlineData("2019-10-31", "Asia/Shanghai", "2019-10-30T16:00:00Z", DatePrecision.Day, "2019-10-31")]
    [InlineData("2020-Q1", "Asia/Beirut", "2019-12-31T22:00:00Z", DatePrecision.Quarter, "2020-Q1")]
    [InlineData("2019-10-31T09:00:00+08:00", "Asia/Beirut", "2019-10-31T01:00:00Z", DatePrecision.Time, "2019-10-31T09:00:00+08:00")]
    public void TryParse_KnownForm_GivesUtcStartPrecisionAndText(string text, string? zoneId, string expectedUtc, DatePrecision precision, string expectedText)
    {
        var parsed = PartialDate.TryParse(text, Zone(zoneId), out var date);

        Assert.True(parsed);
        Assert.Equal(Utc(expectedUtc), date.StartUtc);
        Assert.Equal(DateTimeKind.Utc, date.StartUtc.Kind);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(expectedText, date.Text);
    }

    [Theory]
    [InlineData("2020-Q5")]
    [InlineData("2020-Q0")]
    [InlineData("20201")]
    [InlineData("yesterday")]
    [InlineData("2019-13-45")]
    [InlineData("2019-02-29")]
    [InlineData("2023-9")]
    [InlineData("31/10/2019")]
    [InlineData("")]
    [InlineData("0000")]
    [InlineData("0000-Q1")]
    public void TryParse_UnknownForm_IsRefused(string text)
    {
        Assert.False(PartialDate.TryParse(text, null, out _));
    }

    [Fact]
    public void TryParse_LocalTimeWithoutZone_IsRefused()
    {
        Assert.False(PartialDate.TryParse("2019-10-31T09:00", null, out _));
    }

    [Fact]
    public void TryParse_MidnightSkippedByDaylightSaving_IsTheMomentTheClocksJumped()
    {
        // Beirut goes from 00:00 (+02:00) straight to 01:00 (+03:00) on 31 March 2024.
        var zone = Zone("Asia/Beirut")!;
        Assert.True(zone.IsInvalidTime(new DateTime(2024, 3, 31, 0, 0, 0, DateTimeKind.Unspecified)));

        var parsed = PartialDate.TryParse("2024-03-31", zone, out var date);

        Assert.True(parsed);
        Assert.Equal(Utc("2024-03-30T22:00:00Z"), date.StartUtc);
        Assert.Equal(DatePrecision.Day, date.Precision);
    }

    [Fact]
    public void TryParse_TimeInsideDaylightSavingGap_IsShiftedForwardByTheGap()
    {
        // 02:30 does not exist in New York on 10 March 2024: clocks go from 02:00 EST to 03:00 EDT.
        var parsed = PartialDate.TryParse("2024-03-10T02:30", Zone("America/New_York"), out var date);

        Assert.True(parsed);
        Assert.Equal(Utc("2024-03-10T07:30:00Z"), date.StartUtc);
    }

    private static TimeZoneInfo? Zone(string? id) => id is null ? null : TimeZoneInfo.FindSystemTimeZoneById(id);

    private static DateTime Utc(string text) =>
        DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
