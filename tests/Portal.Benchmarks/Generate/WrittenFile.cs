namespace Portal.Benchmarks.Generate;

/// <summary>One file the generator wrote, relative to the content folder.</summary>
public sealed record WrittenFile(string RelativePath, string Type, string Culture, int Bytes);
