using Portal.Admin.Scheduling;
using Portal.Admin.Workflow;
using Portal.Content.Model;

namespace Portal.Admin.Content;

/// <summary>Where an item stands, as the editor's and history's headers show it.</summary>
public sealed record ItemOverview(
    ContentItem Item,
    string? PublicUrl,
    ContentReview? Review,
    ScheduledPublication? Pending,
    IReadOnlyList<string> Cultures)
{
    public string Key => $"{Item.ContentId}/{Item.Culture}";

    public string EditUrl => $"/admin/content/{Item.ContentId}/{Item.Culture}/edit";

    public string HistoryUrl => $"/admin/content/{Item.ContentId}/{Item.Culture}/history";

    public string PreviewUrl(int version) => $"/admin/content/{Item.ContentId}/{Item.Culture}/preview?version={version}";
}
