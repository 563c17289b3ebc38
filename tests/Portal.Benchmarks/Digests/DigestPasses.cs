using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Benchmarks.Hosting;
using Portal.Benchmarks.Measure;

namespace Portal.Benchmarks.Digests;

/// <summary>
/// The portal's verbs as child processes on the scenario's data folder: the imports, and the
/// <c>digests send</c> passes, each on a fresh copy of the prepared data (the snapshot), so that
/// every pass sends every digest.
/// </summary>
public sealed partial class DigestPasses(BenchmarkPaths paths, PortalEnvironment environment, string logs, string snapshot)
{
    // A morning after now: every daily subscription is due, and the window ends at the moment of the pass.
    private readonly string asOf = DateTime.UtcNow.Date.AddDays(1).AddHours(8).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public void TakeSnapshot() => WorkFolder.Replace(environment.DataPath, snapshot);

    public async Task RunVerbAsync(string label, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var log = Path.Combine(logs, $"{label}.log");
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {label}: {string.Join(' ', arguments)} (log {log}, load average {MachineInfo.LoadAverage()})");
        using var child = PortalProcess.Start(paths, environment, arguments, log);
        var exitCode = await child.WaitForExitAsync(cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{label} exited with {exitCode}; see {log}");
        }
    }

    /// <summary>A pass writing <c>.eml</c> files: the rendered digests the bare loop sends.</summary>
    public Task<DigestRound> PickupAsync(string folder, CancellationToken cancellationToken) =>
        PassAsync("3-pickup-pass", ["--Portal:Mail:Delivery", "Pickup", "--Portal:Mail:PickupPath", folder], null, cancellationToken);

    public Task<DigestRound> SmtpAsync(SmtpSink sink, int round, CancellationToken cancellationToken) =>
        PassAsync(
            $"4-smtp-pass-{round}",
            ["--Portal:Mail:Delivery", "Smtp", "--Portal:Mail:Smtp:Host", "127.0.0.1", "--Portal:Mail:Smtp:Port", sink.Port.ToString(CultureInfo.InvariantCulture), "--Portal:Mail:Smtp:Security", "None"],
            sink,
            cancellationToken);

    private async Task<DigestRound> PassAsync(string label, string[] mail, SmtpSink? sink, CancellationToken cancellationToken)
    {
        WorkFolder.Replace(snapshot, environment.DataPath);
        var (accepted, bytes) = sink?.Accepted() ?? (0, 0);
        var cpu = sink?.CpuTime() ?? TimeSpan.Zero;
        var log = Path.Combine(logs, $"{label}.log");
        using var child = PortalProcess.Start(paths, environment, ["digests", "send", "--as-of", asOf, .. mail], log);
        using var childCpu = new CpuMonitor(child.Id);
        var exitCode = await child.WaitForExitAsync(cancellationToken);
        var summary = child.Lines.Select(l => Summary().Match(l.Text)).FirstOrDefault(m => m.Success);
        if (exitCode != 0 || summary is null)
        {
            throw new InvalidOperationException($"{label} exited with {exitCode}; see {log}");
        }

        var (acceptedAfter, bytesAfter) = sink?.Accepted() ?? (0, 0);
        var sent = int.Parse(summary.Groups["sent"].Value, CultureInfo.InvariantCulture);
        var round = new DigestRound("portal pass", sent, child.WallTime, (sink?.CpuTime() ?? TimeSpan.Zero) - cpu, acceptedAfter - accepted, bytesAfter - bytes, child.PeakMemoryBytes / 1024.0 / 1024.0)
        {
            ComposeTime = TimeSpan.FromSeconds(double.Parse(summary.Groups["compose"].Value, CultureInfo.InvariantCulture)),
            SendTime = TimeSpan.FromSeconds(double.Parse(summary.Groups["send"].Value, CultureInfo.InvariantCulture)),
            SenderCpu = childCpu.Used,
        };
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {label}: {sent:N0} sent in {round.Wall.TotalSeconds:F2} s = {round.Rate:F0}/s end to end (composed in {round.ComposeTime.TotalSeconds:F2} s, sent in {round.SendTime.TotalSeconds:F2} s), peak {round.PeakMiB:F0} MiB, CPU {round.SenderCpu.TotalSeconds:F1} s, server busy {round.ServerBusy:P0}, load average {MachineInfo.LoadAverage()}");
        return round;
    }

    [GeneratedRegex(@"(?<sent>\d+) sent, .*; composed in (?<compose>[\d.]+) s, sent in (?<send>[\d.]+) s")]
    private static partial Regex Summary();
}
