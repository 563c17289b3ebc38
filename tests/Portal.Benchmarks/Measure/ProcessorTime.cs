using System.Globalization;

namespace Portal.Benchmarks.Measure;

/// <summary>
/// The processor time (user + system) a child process has used so far, from <c>/proc/PID/stat</c>
/// (in clock ticks of 1/100 s): on a shared machine it says what the work cost, where the wall time
/// also says how much of the machine it got. Null where /proc is not available or the process is gone.
/// </summary>
public static class ProcessorTime
{
    private const double TicksPerSecond = 100;

    public static double? Seconds(int processId)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            // The command name in parentheses may hold spaces; the fields after it are plain numbers.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
