using Portal.Admin.Workflow;
using Portal.Content.Model;

namespace Portal.Admin.Content;

/// <summary>One line of the admin's content list.</summary>
public sealed record ContentListRow(
    string ContentId,
    string Culture,
    string Type,
    string Title,
    ContentStatus Status,
    int LatestVersion,
    int? PublishedVersion,
    DateTime ModifiedUtc,
    string? OwnerId,
    ReviewState? Review,
    DateTime? ScheduledUtc);
