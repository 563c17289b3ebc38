namespace Portal.Admin.Media;

/// <summary>The Markdown that links a file: an image for images, a link named after the file for documents (as media-picker.js writes it).</summary>
public static class MediaMarkdown
{
    public static string Of(MediaFile file)
    {
        var url = MediaReferences.UrlOf(file.StoredName);
        return MediaType.IsImageType(file.ContentType) ? $"![{Escape(file.AltText)}]({url})" : $"[{Escape(file.FileName)}]({url})";
    }

    // Brackets and backslashes would end the link text early.
    private static string Escape(string? text) =>
        (text ?? "").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
}
