namespace Portal.Benchmarks.Import;

/// <summary>What an import scenario leaves for the API scenario: the imported data and its content folder.</summary>
public sealed record ImportOutcome(bool Succeeded, string WorkFolder, string ContentPath, string DataPath, int Files);
