using System.Globalization;
using Portal.Content.Urls;

namespace Portal.Site.Rendering;

/// <summary>A culture the site is shown in: its URL prefix (from <see cref="SiteUrls"/>), its formats and its direction.</summary>
public sealed record SiteCulture(string Code, string Prefix, CultureInfo Format, bool RightToLeft)
{
    public string Dir => RightToLeft ? "rtl" : "ltr";

    /// <summary>A site path (starting with /) under this culture's prefix.</summary>
    public string Path(string path) => SiteUrls.Under(Prefix, path);

    /// <summary>The text direction of any culture, served or not.</summary>
    public static string DirOf(string code) => CultureInfo.GetCultureInfo(code).TextInfo.IsRightToLeft ? "rtl" : "ltr";

    public static SiteCulture Create(string code, string prefix)
    {
        var format = (CultureInfo)CultureInfo.GetCultureInfo(code).Clone();
        // Dates are Gregorian in every culture: event dates are civil dates, and the sources give them so.
        if (format.Calendar is not GregorianCalendar && format.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault() is { } gregorian)
        {
            format.DateTimeFormat.Calendar = gregorian;
        }

        return new SiteCulture(code, prefix, CultureInfo.ReadOnly(format), format.TextInfo.IsRightToLeft);
    }
}
