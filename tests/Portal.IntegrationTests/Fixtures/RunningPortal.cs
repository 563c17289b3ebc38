using System.Diagnostics;
using System.Net;
using System.Text;

namespace Portal.IntegrationTests.Fixtures;

/// <summary>The site started by <see cref="PortalProcess.StartSite"/>: a real process that can be asked for its health, or killed as a crash kills it.</summary>
public sealed class RunningPortal : IAsyncDisposable
{
    // The first start migrates and imports while other test classes share the 2 cores.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private readonly Process process;
    private readonly StringBuilder output = new();

    public RunningPortal(Process process, string baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string BaseUrl { get; }

    public bool HasExited => process.HasExited;

    /// <summary>Standard output and error so far, for assertion messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Waits until <c>/health</c> answers 200; fails if the process ends first.</summary>
    public async Task WaitForHealthAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            Assert.False(process.HasExited, $"the site exited with {(process.HasExited ? process.ExitCode : 0)} before answering:\n{Output}");
            try
            {
                using var response = await client.GetAsync(new Uri(BaseUrl + "/health"), TestContext.Current.CancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                // Not listening yet.
            }

            Assert.True(DateTime.UtcNow < deadline, $"the site did not answer /health within {StartTimeout}:\n{Output}");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Ends the process at once, with no chance to finish or clean up (SIGKILL).</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
