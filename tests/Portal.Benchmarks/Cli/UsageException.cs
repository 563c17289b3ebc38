namespace Portal.Benchmarks.Cli;

/// <summary>The command line is wrong: the harness prints the message and the usage, and exits with 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
