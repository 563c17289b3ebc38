namespace Portal.Admin.Workflow;

public enum ReviewState
{
    /// <summary>A contributor submitted the version; editors see it on the dashboard.</summary>
    Submitted,

    /// <summary>An editor sent it back with a comment; the contributor sees why.</summary>
    ChangesRequested,
}
