using Portal.Benchmarks.Api;
using Portal.Benchmarks.Hosting;

namespace Portal.Benchmarks.Http;

/// <summary>The real site as a child process on a free loopback port, answering <c>/health</c>; disposing stops it.</summary>
public sealed class RunningSite : IDisposable
{
    private RunningSite(PortalProcess process, string url)
    {
        Process = process;
        Url = url;
        Client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };
    }

    public PortalProcess Process { get; }

    public string Url { get; }

    public HttpClient Client { get; }

    /// <summary>From the process's start to its first answer of <c>/health</c>.</summary>
    public TimeSpan HealthyAfter { get; private set; }

    public static async Task<RunningSite> StartAsync(BenchmarkPaths paths, PortalEnvironment environment, IEnumerable<string> settings, string logPath, CancellationToken cancellationToken)
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var site = new RunningSite(PortalProcess.Start(paths, environment, ["--urls", url, .. settings], logPath), url);
        if (await ApiScenario.WaitUntilHealthyAsync(site.Process, site.Client, cancellationToken) is not { } healthy)
        {
            site.Dispose();
            throw new InvalidOperationException($"the site did not answer /health; see {logPath}");
        }

        site.HealthyAfter = healthy;
        return site;
    }

    /// <summary>The body of a page that must answer 200.</summary>
    public async Task<byte[]> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? body
            : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}; the site's log has why");
    }

    public void Dispose()
    {
        Client.Dispose();
        Process.Dispose();
    }
}
