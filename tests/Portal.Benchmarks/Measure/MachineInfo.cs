using System.Globalization;
using System.Runtime.InteropServices;

namespace Portal.Benchmarks.Measure;

/// <summary>What the numbers were measured on: cores, memory, load, OS and runtime (Linux /proc where there is one).</summary>
public static class MachineInfo
{
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    public static string TotalMemory()
    {
        if (!File.Exists("/proc/meminfo"))
        {
            return "n/a";
        }

        var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var kib = line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return $"{kib / 1024.0 / 1024.0:F1} GiB";
    }

    public static string Describe() =>
        $"{Environment.ProcessorCount} cores, {TotalMemory()} memory, load average {LoadAverage()}, {RuntimeInformation.OSDescription}, .NET {Environment.Version}";
}
