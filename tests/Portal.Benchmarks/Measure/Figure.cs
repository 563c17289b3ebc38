namespace Portal.Benchmarks.Measure;

/// <summary>One measured number. <paramref name="Target"/> says what it is held against, <paramref name="Met"/> whether it was met.</summary>
public sealed record Figure(string Scenario, string Name, double Value, string Unit, string? Target = null, bool? Met = null);
