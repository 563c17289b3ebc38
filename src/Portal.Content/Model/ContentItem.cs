namespace Portal.Content.Model;

/// <summary>
/// One content item in one culture. Translations share <see cref="ContentId"/>; every change is a
/// new <see cref="ContentVersion"/>, and the item only points at its latest and its public version.
/// </summary>
public sealed class ContentItem
{
    public required string ContentId { get; init; }
    public required string Culture { get; init; }
    public required string Type { get; init; }
    public required string Slug { get; set; }

    /// <summary>The latest version's title, kept beside the item so that the admin can list and search items without reading versions.</summary>
    public string Title { get; set; } = "";

    public ContentStatus Status { get; set; }
    public int LatestVersion { get; set; }
    public int? PublishedVersion { get; set; }

    /// <summary>The item's own publication moment (front matter <c>published</c>); public from then on.</summary>
    public DateTime? PublishedUtc { get; set; }

    /// <summary>When the portal made the current public version visible: what digests count from.</summary>
    public DateTime? LiveSinceUtc { get; set; }

    public string? OwnerId { get; set; }
    public DateTime CreatedUtc { get; init; }
    public DateTime ModifiedUtc { get; set; }
    public string? SourcePath { get; set; }
    public string? SourceHash { get; set; }

    /// <summary>Bumped on every change; the optimistic concurrency token.</summary>
    public int Revision { get; set; }

    public List<ContentVersion> Versions { get; init; } = [];
    public List<ContentTerm> Terms { get; init; } = [];
}
