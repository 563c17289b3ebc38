namespace Portal.Tests.Support;

/// <summary>
/// A clock that does not move: two searches compared with each other score recency at the same moment
/// (a second ticking between them scaled every score, and near ties could change places).
/// </summary>
public sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
