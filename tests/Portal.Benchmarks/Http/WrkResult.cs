using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks.Http;

/// <summary>What one <c>wrk --latency</c> run printed: the rate, the 50th and 99th percentile latencies in ms, and what went wrong.</summary>
public sealed partial record WrkResult(double RequestsPerSecond, double P50, double P99, long Requests, long NotOk, long SocketErrors)
{
    public static WrkResult Parse(string output)
    {
        double Number(Regex pattern, string what) => pattern.Match(output) is { Success: true } m
            ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new FormatException($"wrk printed no {what}:\n{output}");
        var errors = SocketErrorCounts().Match(output);
        return new WrkResult(
            Number(Rate(), "Requests/sec"),
            Percentile(output, "50"),
            Percentile(output, "99"),
            (long)Number(Total(), "request count"),
            NotOkResponses().Match(output) is { Success: true } notOk ? long.Parse(notOk.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            errors.Success ? errors.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture)) : 0);
    }

    private static double Percentile(string output, string percent)
    {
        var match = Regex.Match(output, $@"^\s*{percent}%\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            throw new FormatException($"wrk printed no {percent}% latency (was --latency given?):\n{output}");
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => value / 1000,
            "ms" => value,
            "s" => value * 1000,
            _ => value * 60_000,
        };
    }

    [GeneratedRegex(@"^Requests/sec:\s+([\d.]+)", RegexOptions.Multiline)]
    private static partial Regex Rate();

    [GeneratedRegex(@"^\s*(\d+) requests in", RegexOptions.Multiline)]
    private static partial Regex Total();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NotOkResponses();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrorCounts();
}
