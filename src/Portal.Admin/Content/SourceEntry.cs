namespace Portal.Admin.Content;

/// <summary>One row of the form's <c>sources</c>: where the facts come from.</summary>
public sealed class SourceEntry
{
    public string? Title { get; set; }
    public string? Url { get; set; }
}
