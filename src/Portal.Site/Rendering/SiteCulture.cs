using System.Globalization;

namespace Portal.Site.Rendering;

/// <summary>A culture the site is shown in: its URL prefix (none for the default), its formats and its direction.</summary>
public sealed record SiteCulture(string Code, string Prefix, CultureInfo Format, bool RightToLeft)
{
    public string Dir => RightToLeft ? "rtl" : "ltr";

    /// <summary>A site path (starting with /) under this culture's prefix.</summary>
    public string Path(string path) => Prefix.Length == 0 ? path : path == "/" ? Prefix : Prefix + path;

    public static SiteCulture Create(string code, bool isDefault)
    {
        var format = (CultureInfo)CultureInfo.GetCultureInfo(code).Clone();
        // Dates are Gregorian in every culture: event dates are civil dates, and the sources give them so.
        if (format.Calendar is not GregorianCalendar && format.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault() is { } gregorian)
        {
            format.DateTimeFormat.Calendar = gregorian;
        }

        return new SiteCulture(code, isDefault ? "" : "/" + code, CultureInfo.ReadOnly(format), format.TextInfo.IsRightToLeft);
    }
}
