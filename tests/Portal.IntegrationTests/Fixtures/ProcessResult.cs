namespace Portal.IntegrationTests.Fixtures;

/// <summary>How a run of the program ended: its exit status and what it wrote.</summary>
public sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
