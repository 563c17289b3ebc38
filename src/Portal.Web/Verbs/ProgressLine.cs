using Portal.Content.Import;

namespace Portal.Web.Verbs;

/// <summary>Shows long work as one line rewritten in place on a terminal, and as counts in the log otherwise.</summary>
public sealed class ProgressLine(ILogger logger, string unit) : IProgress<ImportProgress>, IDisposable
{
    private readonly bool terminal = !Console.IsErrorRedirected;
    private bool written;

    public void Report(ImportProgress value)
    {
        if (terminal)
        {
            Console.Error.Write($"\r{value.Phase,-6} {value.Done,9:N0} / {value.Total:N0} {unit}");
            written = true;
        }
        else
        {
            logger.LogInformation("{Phase}: {Done} of {Total} {Unit}", value.Phase, value.Done, value.Total, unit);
        }
    }

    public void Finish()
    {
        if (written)
        {
            Console.Error.WriteLine();
            written = false;
        }
    }

    public void Dispose() => Finish();
}
