namespace Portal.Admin.Media;

/// <summary>A kind of file the library accepts: its content type and the extension its stored name takes.</summary>
public sealed record MediaType(string ContentType, string Extension)
{
    public static readonly MediaType Png = new("image/png", "png");
    public static readonly MediaType Jpeg = new("image/jpeg", "jpg");
    public static readonly MediaType Gif = new("image/gif", "gif");
    public static readonly MediaType WebP = new("image/webp", "webp");
    public static readonly MediaType Pdf = new("application/pdf", "pdf");

    public static bool IsImageType(string contentType) => contentType.StartsWith("image/", StringComparison.Ordinal);
}
