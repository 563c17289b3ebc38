namespace Portal.Templating;

/// <summary>What one render may use: steps, include depth, time and output characters, so that no template can hang or exhaust the process.</summary>
public sealed record TemplateLimits(int MaxSteps, int TimeoutMilliseconds, int MaxOutputChars, int MaxRecursion = 32)
{
    public static TemplateLimits Default { get; } = new(1_000_000, 5_000, 4_000_000);
}
