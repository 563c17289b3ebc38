using Portal.Benchmarks.Measure;

namespace Portal.Benchmarks.Http;

/// <summary>One page under load: wrk for the warm-up (not counted), then for the measured run, with the load average before it.</summary>
public sealed class LoadRun(Wrk wrk, HttpSettings settings, string logPath)
{
    public string LogPath => logPath;

    public async Task<WrkResult> RunAsync(RunningSite site, string label, string path, CancellationToken cancellationToken)
    {
        var url = site.Url + path;
        if (settings.WarmUpSeconds > 0)
        {
            _ = await wrk.RunAsync(url, settings.WarmUpSeconds, logPath, cancellationToken);
        }

        var loadAverage = MachineInfo.LoadAverage();
        var run = await wrk.RunAsync(url, settings.DurationSeconds, logPath, cancellationToken);
        if (site.Process.HasExited)
        {
            throw new InvalidOperationException($"the site exited (code {site.Process.ExitCode}) while {path} was loaded");
        }

        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {label,-26} {run.RequestsPerSecond,8:N0} requests/s, p50 {run.P50,7:F2} ms, p99 {run.P99,7:F2} ms"
            + $"{(run.NotOk + run.SocketErrors > 0 ? $", {run.NotOk} not 2xx/3xx, {run.SocketErrors} socket errors" : "")} (load average before: {loadAverage})");
        return run;
    }
}
