using System.Globalization;

namespace Portal.Benchmarks.Digests;

/// <summary>A process's CPU time (user + system) from <c>/proc/PID/stat</c>; zero where there is no /proc.</summary>
public static class ProcessCpu
{
    // Linux counts in clock ticks; USER_HZ is 100 on every architecture .NET runs on.
    private const double TicksPerSecond = 100;

    public static TimeSpan Of(int processId)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            // The command name in parentheses may hold spaces: count fields after its closing one.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            // Gone, or going, between two reads.
            return TimeSpan.Zero;
        }
    }
}
