namespace Portal.Admin.History;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}
