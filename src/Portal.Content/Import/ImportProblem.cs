namespace Portal.Content.Import;

/// <summary>Why a file was refused: the file, the line where there is one, the rule and what is wrong.</summary>
public sealed record ImportProblem(string File, int? Line, string Rule, string Message)
{
    public override string ToString() => Line is { } line ? $"{File}:{line}: {Rule}: {Message}" : $"{File}: {Rule}: {Message}";
}
