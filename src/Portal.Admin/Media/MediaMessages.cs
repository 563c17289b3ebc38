namespace Portal.Admin.Media;

/// <summary>What the library tells an uploader or an editor when it refuses something.</summary>
public static class MediaMessages
{
    public const string NoFile = "Choose a file to upload.";
    public const string OneFile = "Upload one file at a time.";
    public const string Empty = "The file is empty.";
    public const string NotAForm = "The upload did not arrive as a form with a file (multipart/form-data).";
    public const string FormExpired = "The form has expired or did not come from this site. Reload the page and upload again.";
    public const string Broken = "The upload was cut short or malformed. Try again.";
    public const string FieldTooLong = "A field of the form is too long.";

    public const string Svg =
        "SVG images are not accepted: an SVG file can carry scripts that would run on the portal's pages. Export it as PNG or WebP and upload that.";

    public const string Unknown =
        "This file is not a PNG, JPEG, GIF or WebP image or a PDF document. Its content was checked, not its name.";

    public const string AltTextRequired =
        "Describe the image in the alt text: it is required for images, so that people who cannot see the image know what it shows.";

    public static readonly string AltTextTooLong = $"The alt text is too long: at most {MediaAltText.MaxLength} characters.";

    public static string TooLarge(long maxBytes) => $"The file is larger than the limit of {MediaSizes.Format(maxBytes)}.";

    public static string InUse(int count) =>
        $"This file is used in the current or published version of {count} item(s), listed below. Remove it from them first.";
}
