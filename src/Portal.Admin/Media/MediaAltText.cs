namespace Portal.Admin.Media;

/// <summary>The alt text rules: required for images, one line, at most <see cref="MaxLength"/> characters.</summary>
public static class MediaAltText
{
    public const int MaxLength = 500;

    /// <summary>One line of text: control characters and runs of white space become one space; null when nothing is left.</summary>
    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = string.Join(' ', words.Select(word => new string([.. word.Where(c => !char.IsControl(c))])).Where(word => word.Length > 0));
        return line.Length == 0 ? null : line;
    }

    /// <summary>Why the cleaned <paramref name="altText"/> cannot be kept for a file of <paramref name="contentType"/>, or null.</summary>
    public static string? Problem(string contentType, string? altText) => altText switch
    {
        null when MediaType.IsImageType(contentType) => MediaMessages.AltTextRequired,
        { Length: > MaxLength } => MediaMessages.AltTextTooLong,
        _ => null,
    };
}
