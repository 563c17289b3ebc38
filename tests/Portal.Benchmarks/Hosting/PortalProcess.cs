using System.Diagnostics;

namespace Portal.Benchmarks.Hosting;

/// <summary>
/// The real program as a child process: <c>dotnet Portal.Web.dll ARGS</c> in the dll's folder, with the
/// portal's folders in its environment. Every line it writes is kept with its time and copied to a
/// log file; its peak memory is polled while it runs. Disposing kills it if it still runs.
/// </summary>
public sealed class PortalProcess : IDisposable
{
    private readonly Process process;
    private readonly Stopwatch clock;
    private readonly StreamWriter log;
    private readonly List<OutputLine> lines = [];
    private readonly PeakMemoryMonitor memory;
    private long exitedTicks;
    private bool closed;

    private PortalProcess(Process process, Stopwatch clock, StreamWriter log)
    {
        this.process = process;
        this.clock = clock;
        this.log = log;
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => MarkExited();
        process.OutputDataReceived += (_, e) => Keep(e.Data, isError: false);
        process.ErrorDataReceived += (_, e) => Keep(e.Data, isError: true);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        memory = new PeakMemoryMonitor(process.Id);
    }

    public int Id => process.Id;

    public TimeSpan Elapsed => clock.Elapsed;

    public bool HasExited => process.HasExited;

    /// <summary>From start to exit, as the harness saw it: the wall time of a verb.</summary>
    public TimeSpan WallTime => Interlocked.Read(ref exitedTicks) is var ticks and > 0 ? TimeSpan.FromTicks(ticks) : clock.Elapsed;

    public long PeakMemoryBytes => memory.PeakBytes;

    public IReadOnlyList<OutputLine> Lines
    {
        get
        {
            lock (lines)
            {
                return [.. lines];
            }
        }
    }

    public static PortalProcess Start(BenchmarkPaths paths, PortalEnvironment environment, IEnumerable<string> arguments, string logPath)
    {
        var dll = paths.WebDll;
        var start = new ProcessStartInfo(BenchmarkPaths.DotnetHost)
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment.Variables())
        {
            start.Environment[name] = value;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(logPath))!);
        var log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        log.WriteLine($"# {start.FileName} {string.Join(' ', start.ArgumentList)}");
        log.WriteLine($"# {string.Join(' ', environment.Variables().Select(v => $"{v.Key}={v.Value}"))}");
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        return new PortalProcess(process, clock, log);
    }

    /// <summary>Waits for the process to end and for its output to be read to the end; returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        await process.WaitForExitAsync(cancellationToken);
        MarkExited();
        return process.ExitCode;
    }

    /// <summary>Whether the process ends within <paramref name="wait"/> (true at once when it already has).</summary>
    public bool ExitsWithin(TimeSpan wait) => process.WaitForExit(wait);

    public int? ExitCode => process.HasExited ? process.ExitCode : null;

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        memory.Dispose();
        process.Dispose();
        lock (lines)
        {
            closed = true;
            log.Dispose();
        }
    }

    private void MarkExited() => Interlocked.CompareExchange(ref exitedTicks, clock.Elapsed.Ticks, 0);

    private void Keep(string? text, bool isError)
    {
        if (text is null)
        {
            return;
        }

        var line = new OutputLine(clock.Elapsed, isError, text);
        lock (lines)
        {
            if (closed)
            {
                return;
            }

            lines.Add(line);
            log.WriteLine($"{line.At.TotalSeconds,9:F3} {(isError ? "err" : "out")} {text}");
        }
    }
}
