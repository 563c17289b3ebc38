namespace Portal.Admin.Content;

/// <param name="Total">Matching items, counted up to <see cref="ContentListQuery.CountLimit"/>; null when not counted (a title search or a cluster).</param>
/// <param name="TotalIsBounded">More items match than were counted.</param>
/// <param name="HasNext">Another page follows this one.</param>
public sealed record ContentListPage(IReadOnlyList<ContentListRow> Rows, int? Total, bool TotalIsBounded, int Page, bool HasNext)
{
    public int? PageCount => Total is { } total ? Math.Max(1, (total + ContentListQuery.PageSize - 1) / ContentListQuery.PageSize) : null;
}
