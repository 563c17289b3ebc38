namespace Portal.Admin.Digests;

/// <summary>The <c>Portal:Admin:Digests</c> section.</summary>
public sealed class DigestAdminOptions
{
    public const string Section = "Portal:Admin:Digests";

    /// <summary>Test digests one editor may send to itself in an hour.</summary>
    public int TestsPerHour { get; set; } = 10;
}
