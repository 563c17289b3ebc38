namespace Portal.Admin.Dashboard;

/// <summary>One item in a list of the dashboard: what it is, when, and a word about why it is there.</summary>
public sealed record DashboardRow(string ContentId, string Culture, string Type, string Title, DateTime AtUtc, string? Detail)
{
    public string EditUrl => $"/admin/content/{ContentId}/{Culture}/edit";
}
