using Portal.Benchmarks.Measure;

namespace Portal.Benchmarks.Digests;

/// <summary>The scenario's figures: medians over the rounds, each held against the targets of issue 6.</summary>
public sealed class DigestsReport(ResultLog results)
{
    public const double DigestsPerSecond = 300;
    public const double RatioToBare = 0.7;
    public const double PeakMemoryMiB = 500;
    private const string Name = DigestsScenario.Name;

    /// <returns>Whether every digest arrived once per round and every target was met.</returns>
    public bool Add(DigestsSettings settings, DigestRound pickup, IReadOnlyList<DigestRound> ours, IReadOnlyList<DigestRound> bares)
    {
        var atScale = settings.Subscriptions >= 10_000;
        bool? Verdict(bool met) => atScale ? met : null;
        var rate = Median(ours.Select(r => r.Rate));
        var ratio = Median(ours.Zip(bares, (o, b) => o.Rate / b.Rate));
        var peak = ours.Max(r => r.PeakMiB);
        var complete = ours.Concat(bares).All(r => r.Digests == settings.Subscriptions && r.Accepted == settings.Subscriptions);
        var bytes = ours[0].Bytes / (double)Math.Max(1, ours[0].Accepted);
        results.Add(new Figure(Name, "confirmed subscriptions (daily, 1-3 of 7 clusters)", settings.Subscriptions, "count"));
        results.Add(new Figure(Name, "new items (News, a third also in zh, a quarter in ar)", settings.Items, "count"));
        results.Add(new Figure(Name, "rounds (medians below)", ours.Count, "count"));
        results.Add(new Figure(Name, "mean digest size on the wire", bytes / 1024, "KiB"));
        results.Add(new Figure(Name, "every digest accepted once per round", complete ? 1 : 0, "count", "1", complete));
        results.Add(new Figure(Name, "pickup pass (.eml files, no SMTP) end to end", pickup.Rate, "digests/s"));
        results.Add(new Figure(Name, "SMTP pass end to end (process start to exit)", rate, "digests/s", $">= {DigestsPerSecond:N0}/s", Verdict(rate >= DigestsPerSecond)));
        results.Add(new Figure(Name, "SMTP pass wall", Median(ours.Select(r => r.Wall.TotalSeconds)), "s"));
        results.Add(new Figure(Name, "  of which compose (outbox rows)", Median(ours.Select(r => r.ComposeTime.TotalSeconds)), "s"));
        results.Add(new Figure(Name, "  of which send (render, SMTP, mark sent)", Median(ours.Select(r => r.SendTime.TotalSeconds)), "s"));
        results.Add(new Figure(Name, "bare MailKit loop, same messages, one connection", Median(bares.Select(r => r.Rate)), "digests/s"));
        results.Add(new Figure(Name, "ratio pass / bare loop (median of rounds)", ratio, "ratio", $">= {RatioToBare}", Verdict(ratio >= RatioToBare)));
        results.Add(new Figure(Name, "peak memory of digests send (VmHWM, largest round)", peak, "MiB", $"< {PeakMemoryMiB:N0} MiB", Verdict(peak < PeakMemoryMiB)));
        results.Add(new Figure(Name, "CPU per digest: digests send process (all of it)", Median(ours.Select(r => r.SenderCpu.TotalMilliseconds / r.Digests)), "ms"));
        results.Add(new Figure(Name, "CPU per digest: bare loop (harness)", Median(bares.Select(r => r.SenderCpu.TotalMilliseconds / r.Digests)), "ms"));
        results.Add(new Figure(Name, "CPU per digest: aiosmtpd during the pass", Median(ours.Select(r => r.ServerCpu.TotalMilliseconds / r.Digests)), "ms"));
        results.Add(new Figure(Name, "aiosmtpd CPU busy during the pass", Median(ours.Select(r => r.ServerBusy)) * 100, "%"));
        results.Add(new Figure(Name, "aiosmtpd CPU busy during the bare loop", Median(bares.Select(r => r.ServerBusy)) * 100, "%"));
        results.PrintTable(Name);
        return complete && (!atScale || (rate >= DigestsPerSecond && ratio >= RatioToBare && peak < PeakMemoryMiB));
    }

    private static double Median(IEnumerable<double> values) => LatencyStats.Percentile([.. values.Order()], 0.5);
}
