namespace Portal.Benchmarks.Hosting;

/// <summary>One line a child process wrote, with the time since it was started.</summary>
public sealed record OutputLine(TimeSpan At, bool IsError, string Text);
