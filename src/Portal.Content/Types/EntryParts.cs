namespace Portal.Content.Types;

/// <summary>
/// The keys of one entry of a sources, partners or period field, as a file writes them: the reader
/// checks them, the stored fields keep them, and pages and the admin form read them by these names.
/// </summary>
public static class EntryParts
{
    public const string Title = "title";
    public const string Url = "url";
    public const string Ref = "ref";
    public const string Role = "role";
    public const string Start = "start";
    public const string End = "end";
}
