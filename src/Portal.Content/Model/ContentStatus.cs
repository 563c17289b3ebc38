namespace Portal.Content.Model;

public enum ContentStatus
{
    Draft,
    Published,
    Archived,
}
