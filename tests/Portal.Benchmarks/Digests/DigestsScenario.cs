using System.Globalization;
using Portal.Benchmarks.Hosting;
using Portal.Benchmarks.Measure;

namespace Portal.Benchmarks.Digests;

/// <summary>
/// The digests scenario (issue 6): the repository's sample content, then confirmed daily
/// subscriptions over its seven clusters, then new items imported, then rounds of one
/// <c>digests send</c> pass (the real verb, a child process) to a local aiosmtpd, each against a bare
/// MailKit loop sending the same rendered digests over one connection to the same server.
/// </summary>
public sealed class DigestsScenario(BenchmarkPaths paths, ResultLog results)
{
    public const string Name = "digests";

    public async Task<int> RunAsync(DigestsSettings settings, CancellationToken cancellationToken)
    {
        results.Files = settings.Subscriptions;
        var work = settings.WorkFolder ?? Path.Combine(Path.GetTempPath(), $"portal-bench-digests-{DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}");
        var content = Path.Combine(work, "content");
        var environment = new PortalEnvironment(Path.Combine(work, "data"), content, paths.SeedsPath);
        var passes = new DigestPasses(paths, environment, Path.Combine(work, "logs"), Path.Combine(work, "snapshot"));
        Console.WriteLine($"machine: {MachineInfo.Describe()}");
        Console.WriteLine($"work folder: {work}");
        WorkFolder.Copy(Path.Combine(paths.RepositoryRoot, "content"), content);
        await passes.RunVerbAsync("1-import-sample-content", ["import"], cancellationToken);
        var clusters = DigestItems.Clusters(content);
        await DigestSubscribers.AddAsync(Path.Combine(environment.DataPath, "portal.db"), clusters, settings.Subscriptions, DateTime.UtcNow, settings.Seed, cancellationToken);
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {settings.Subscriptions:N0} confirmed daily subscriptions over {clusters.Count} clusters");
        DigestItems.Write(content, settings.Items, settings.Seed);
        await passes.RunVerbAsync("2-import-new-items", ["import"], cancellationToken);
        passes.TakeSnapshot();

        using var sink = await SmtpSink.StartAsync(Path.Combine(work, "smtp"), settings.Maildir, cancellationToken);
        Console.WriteLine($"SMTP server: {sink.Description}");
        var pickup = Path.Combine(work, "pickup");
        var rendered = await passes.PickupAsync(pickup, cancellationToken);
        var bare = await BareSender.LoadAsync(pickup, cancellationToken);
        if (bare.Count != settings.Subscriptions || rendered.Digests != settings.Subscriptions)
        {
            Console.Error.WriteLine($"the pickup pass wrote {bare.Count:N0} digests for {settings.Subscriptions:N0} subscriptions; see the logs in {work}");
            return 1;
        }

        var ours = new List<DigestRound>();
        var bares = new List<DigestRound>();
        for (var round = 1; round <= settings.Rounds; round++)
        {
            // Alternating the order spreads the drift of a shared machine over both senders.
            if (round % 2 == 1)
            {
                bares.Add(await BareRoundAsync(bare, sink, round, cancellationToken));
                ours.Add(await passes.SmtpAsync(sink, round, cancellationToken));
            }
            else
            {
                ours.Add(await passes.SmtpAsync(sink, round, cancellationToken));
                bares.Add(await BareRoundAsync(bare, sink, round, cancellationToken));
            }
        }

        var verdict = new DigestsReport(results).Add(settings, rendered, ours, bares);
        Console.WriteLine($"\nload average at the end: {MachineInfo.LoadAverage()}");
        if (settings.Keep || settings.WorkFolder is not null)
        {
            Console.WriteLine($"kept {work}");
        }
        else
        {
            Directory.Delete(work, recursive: true);
            Console.WriteLine($"deleted {work} (keep it with --keep)");
        }

        return verdict ? 0 : 1;
    }

    private static async Task<DigestRound> BareRoundAsync(BareSender bare, SmtpSink sink, int round, CancellationToken cancellationToken)
    {
        var (accepted, bytes) = sink.Accepted();
        var cpu = sink.CpuTime();
        var own = Environment.CpuUsage.TotalTime;
        var wall = await bare.SendAsync(sink.Port, cancellationToken);
        var (acceptedAfter, bytesAfter) = sink.Accepted();
        var result = new DigestRound("bare MailKit loop", bare.Count, wall, sink.CpuTime() - cpu, acceptedAfter - accepted, bytesAfter - bytes) { SenderCpu = Environment.CpuUsage.TotalTime - own };
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] round {round}, bare loop: {result.Digests:N0} in {wall.TotalSeconds:F2} s = {result.Rate:F0}/s, CPU {result.SenderCpu.TotalSeconds:F1} s, server busy {result.ServerBusy:P0}, load average {MachineInfo.LoadAverage()}");
        return result;
    }
}
