namespace Portal.Content.Import;

/// <summary>What checking one item gave: the document when every rule passed, else the problems.</summary>
public sealed record ContentValidation(ContentDocument? Document, IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => Document is not null && Problems.Count == 0;
}
