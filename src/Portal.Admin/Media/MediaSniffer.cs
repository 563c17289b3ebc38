using System.Text;

namespace Portal.Admin.Media;

/// <summary>
/// Tells what a file is from its first bytes, never from its name or the Content-Type the browser
/// sent: both are whatever the uploader says they are.
/// </summary>
public static class MediaSniffer
{
    /// <summary>How many leading bytes <see cref="Detect"/> and <see cref="LooksLikeSvg"/> want to see.</summary>
    public const int HeadLength = 512;

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];

    /// <summary>The accepted type whose signature <paramref name="head"/> starts with, or null.</summary>
    public static MediaType? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(PngSignature))
        {
            return MediaType.Png;
        }

        if (head.StartsWith(JpegSignature))
        {
            return MediaType.Jpeg;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return MediaType.Gif;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return MediaType.WebP;
        }

        return head.StartsWith("%PDF-"u8) ? MediaType.Pdf : null;
    }

    /// <summary>
    /// Whether the file is XML that opens an <c>&lt;svg&gt;</c> element: refused with its own
    /// message, since an SVG is a document that can run scripts when opened from the portal.
    /// </summary>
    public static bool LooksLikeSvg(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith('<') && text.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }
}
