namespace Portal.Admin.Media;

/// <summary>The <c>Portal:Media</c> configuration section.</summary>
public sealed class MediaOptions
{
    public const string Section = "Portal:Media";

    /// <summary>The largest file an upload may carry, in bytes; checked while the file is read.</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}
