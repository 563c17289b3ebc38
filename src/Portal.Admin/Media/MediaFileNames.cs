using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Admin.Media;

/// <summary>
/// The names of uploaded files. The name an uploader gives may hold folders, <c>..</c>, control
/// characters or any script; the stored name is built from it but never trusts it.
/// </summary>
public static partial class MediaFileNames
{
    private const int MaxSlugLength = 60;
    private const int MaxDisplayLength = 200;
    private const string SuffixAlphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>The stored name: <c>slug-suffix.ext</c>, with a random suffix and the extension of the detected type.</summary>
    public static string StoredName(string? uploadedName, MediaType type) =>
        $"{Slug(uploadedName)}-{RandomSuffix()}.{type.Extension}";

    /// <summary>Lowercase ASCII letters and digits joined by single hyphens, from the last segment of the name without its extension; "file" when nothing is left.</summary>
    public static string Slug(string? uploadedName)
    {
        var stem = Path.GetFileNameWithoutExtension(LastSegment(uploadedName));
        var slug = new StringBuilder();
        foreach (var c in stem.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString(0, Math.Min(slug.Length, MaxSlugLength)).Trim('-');
        return text.Length == 0 ? "file" : text;
    }

    /// <summary>The name shown in the library: the last segment, without control characters; null when nothing is left.</summary>
    public static string? DisplayName(string? uploadedName)
    {
        var clean = new string([.. LastSegment(uploadedName).Where(c => !char.IsControl(c))]).Trim();
        if (clean.Length == 0 || clean.All(c => c == '.'))
        {
            return null;
        }

        return clean.Length > MaxDisplayLength ? clean[..MaxDisplayLength] : clean;
    }

    /// <summary>Whether <paramref name="name"/> has the shape of a stored name: anything else is never looked up on disk.</summary>
    public static bool IsStoredName(string? name) => name is { Length: <= 200 } && StoredNameShape().IsMatch(name);

    // Both separators, whatever the system: a name from Windows arrives with backslashes.
    private static string LastSegment(string? name) => (name ?? "").Split('/', '\\')[^1];

    private static string RandomSuffix() => RandomNumberGenerator.GetString(SuffixAlphabet, 8);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*\\.(?:png|jpg|gif|webp|pdf)\\z", RegexOptions.CultureInvariant)]
    private static partial Regex StoredNameShape();
}
