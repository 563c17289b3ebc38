using System.Diagnostics;
using System.Globalization;
using System.Net;
using Portal.Benchmarks.Hosting;

namespace Portal.Benchmarks.Api;

/// <summary>
/// Sends requests one after the other over one HttpClient and times each from sending to the last
/// byte read. A series has a time limit: when it runs out (also in the middle of a request) the
/// series stops, so that an endpoint that takes minutes per answer is reported, not waited for.
/// </summary>
public sealed class RequestSeries(HttpClient client, PortalProcess site, TimeSpan limit)
{
    public async Task<RequestSample> RunAsync(IReadOnlyList<string> urls, CancellationToken cancellationToken)
    {
        var latencies = new List<double>(urls.Count);
        var failures = 0;
        var bytes = 0L;
        string? firstFailure = null;
        var wall = Stopwatch.StartNew();
        foreach (var url in urls)
        {
            var remaining = limit - wall.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                return new RequestSample(urls.Count, latencies, failures, bytes, wall.Elapsed, firstFailure, TimedOut: true);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(remaining);
            var start = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative), timeout.Token);
                var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                bytes += body.Length;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures++;
                    var text = System.Text.Encoding.UTF8.GetString(body);
                    firstFailure ??= string.Create(CultureInfo.InvariantCulture, $"{url}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 300)]}");
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                firstFailure ??= $"{url}: no answer within the series' time limit of {limit.TotalSeconds:F0} s";
                return new RequestSample(urls.Count, latencies, failures, bytes, wall.Elapsed, firstFailure, TimedOut: true);
            }
            catch (HttpRequestException e) when (site.ExitsWithin(TimeSpan.FromSeconds(2)))
            {
                throw new SiteExitedException($"the site exited (code {site.ExitCode}) {site.Elapsed.TotalSeconds:F0} s after it started, while {url} was asked for", e);
            }
        }

        return new RequestSample(urls.Count, latencies, failures, bytes, wall.Elapsed, firstFailure, TimedOut: false);
    }
}
