namespace Portal.Admin.Workflow;

/// <summary>
/// Where an item stands in review, one row per item and culture; the item's history of reviews is in
/// the audit log. Approving removes the row (the item is then published or scheduled).
/// </summary>
public sealed class ContentReview
{
    public required string ContentId { get; init; }
    public required string Culture { get; init; }
    public ReviewState State { get; set; }

    /// <summary>The version that was submitted or sent back.</summary>
    public int VersionNumber { get; set; }

    public string? Comment { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTime SubmittedUtc { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTime? ReviewedUtc { get; set; }
}
