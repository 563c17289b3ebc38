namespace Portal.Content.Import;

/// <summary>What an import did, file by file, and every problem that refused a file.</summary>
public sealed class ImportReport
{
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Archived { get; set; }
    public List<string> Removed { get; } = [];
    public List<ImportProblem> Problems { get; } = [];

    public int Refused => Problems.Select(p => p.File).Distinct(StringComparer.Ordinal).Count();

    public bool Succeeded => Problems.Count == 0;

    public override string ToString() =>
        $"{Created} created, {Updated} updated, {Unchanged} unchanged, {Refused} refused, {Removed.Count} removed from the folder, {Archived} archived";
}
