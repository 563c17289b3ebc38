namespace Portal.Content.Publishing;

public enum ContentChangeKind
{
    Saved,
    Published,
    Unpublished,
    Archived,
}
