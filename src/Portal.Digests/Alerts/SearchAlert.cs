namespace Portal.Digests.Alerts;

/// <summary>
/// A search an account saved: new public items it finds are sent to the account's address, in its
/// digest when the address has an active one, else in a mail of their own. Ended, never deleted by a
/// link, so that what it sent stays accounted for.
/// </summary>
public sealed class SearchAlert
{
    public const int QueryLength = 200;

    public Guid Id { get; init; }

    public required string UserId { get; init; }

    /// <summary>The words as typed on the search page; empty when the filters alone say what is wanted.</summary>
    public string Query { get; init; } = "";

    public string? Type { get; init; }
    public string? Cluster { get; init; }
    public string? Country { get; init; }
    public string? Hazard { get; init; }

    /// <summary>The page's culture when it was saved: ranked first as in the search, and the language of its mail.</summary>
    public required string Culture { get; init; }

    public DateTime CreatedUtc { get; init; }

    /// <summary>The end of the last window of new items matched against it; the next window starts here (looking back for late commits).</summary>
    public DateTime? MatchedUntilUtc { get; set; }

    public DateTime? EndedUtc { get; set; }

    /// <summary>How the alert is named in mail and on the account's page: the query, and its filters in the query's own syntax.</summary>
    public string Title => string.Join(' ', new[]
    {
        Query,
        Type is null ? null : "type:" + Type,
        Cluster is null ? null : "cluster:" + Cluster,
        Country is null ? null : "country:" + Country,
        Hazard is null ? null : "hazard:" + Hazard,
    }.Where(part => !string.IsNullOrWhiteSpace(part)));
}
