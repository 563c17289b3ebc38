namespace Portal.Benchmarks.Api;

/// <summary>The site went away while it was being measured (it crashed, or something outside the harness stopped it).</summary>
public sealed class SiteExitedException : Exception
{
    public SiteExitedException()
    {
    }

    public SiteExitedException(string message)
        : base(message)
    {
    }

    public SiteExitedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
