namespace Portal.Admin.Content;

/// <param name="Total">Matching items, counted up to <see cref="ContentListQuery.CountLimit"/>.</param>
/// <param name="TotalIsBounded">More items match than were counted.</param>
public sealed record ContentListPage(IReadOnlyList<ContentListRow> Rows, int Total, bool TotalIsBounded, int Page, int PageCount);
