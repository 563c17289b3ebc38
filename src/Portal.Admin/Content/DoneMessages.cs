namespace Portal.Admin.Content;

/// <summary>What the editor says after a redirect (<c>?done=</c>): a fixed set, so that a link cannot put words on the page.</summary>
public static class DoneMessages
{
    private static readonly Dictionary<string, string> Messages = new(StringComparer.Ordinal)
    {
        ["created"] = "The item was created as a draft.",
        ["saved"] = "The draft was saved as a new version.",
        ["submitted"] = "The item was submitted for review.",
        ["published"] = "The latest version was published.",
        ["approved"] = "The item was approved and published.",
        ["scheduled"] = "The latest version was scheduled for publication.",
        ["sent-back"] = "The item was sent back to its author with your comment.",
        ["unpublished"] = "The item was unpublished: it is no longer public.",
        ["archived"] = "The item was archived.",
        ["schedule-cancelled"] = "The scheduled publication was cancelled.",
        ["restored"] = "The old version was restored as a new draft.",
    };

    public static string? For(string? code) => code is not null && Messages.TryGetValue(code, out var text) ? text : null;
}
