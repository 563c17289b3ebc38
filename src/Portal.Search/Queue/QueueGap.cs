namespace Portal.Search.Queue;

/// <summary>Task ids <see cref="From"/> to <see cref="To"/> (inclusive) that the index passed without seeing, first missed at <see cref="SinceUtc"/>.</summary>
public sealed record QueueGap(long From, long To, DateTime SinceUtc);
