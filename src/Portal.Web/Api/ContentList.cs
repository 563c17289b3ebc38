namespace Portal.Web.Api;

public sealed record ContentList(int Total, int Page, int Size, IReadOnlyList<ContentSummary> Items);
