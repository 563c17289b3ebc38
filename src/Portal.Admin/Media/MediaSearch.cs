using System.Diagnostics.CodeAnalysis;

namespace Portal.Admin.Media;

/// <summary>The library's one search: words found in the name, the stored name or the alt text, newest first.</summary>
public static class MediaSearch
{
    [SuppressMessage("Globalization", "CA1304", Justification = "Translated to SQL lower() by both providers; it never runs in .NET.")]
    [SuppressMessage("Globalization", "CA1311", Justification = "Translated to SQL lower() by both providers; it never runs in .NET.")]
    [SuppressMessage("Performance", "CA1862", Justification = "A StringComparison overload has no SQL translation; lower() on both sides is the portable form.")]
    public static IQueryable<MediaFile> Apply(IQueryable<MediaFile> files, string? query)
    {
        var term = query?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(term))
        {
            files = files.Where(m => m.FileName.ToLower().Contains(term) || m.StoredName.Contains(term) || (m.AltText != null && m.AltText.ToLower().Contains(term)));
        }

        return files.OrderByDescending(m => m.UploadedUtc).ThenByDescending(m => m.Id);
    }
}
