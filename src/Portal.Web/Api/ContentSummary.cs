namespace Portal.Web.Api;

/// <summary>One item in a listing of <c>GET /api/content</c>.</summary>
public sealed record ContentSummary(string Id, string Type, string Title, string Url, string Culture, string? Summary, DateTime? Published);
