using System.Globalization;
using System.Text;

namespace Portal.Admin.Content;

/// <summary>
/// The id a new item gets when the editor leaves it empty, as a file's name gives one: its slug, else
/// its title in lowercase ASCII words joined by '-' (empty for a title without Latin letters or digits).
/// </summary>
public static class IdFromTitle
{
    public static string Make(string? title)
    {
        var builder = new StringBuilder();
        foreach (var c in (title ?? "").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }

            if (builder.Length >= 80)
            {
                break;
            }
        }

        return builder.ToString().Trim('-');
    }
}
