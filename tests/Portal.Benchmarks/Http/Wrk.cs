using System.Diagnostics;
using System.Globalization;

namespace Portal.Benchmarks.Http;

/// <summary>
/// The load generator: Debian's <c>wrk</c>, installed with <c>apt-get install -y wrk</c> when it is
/// missing and the harness runs as root; otherwise the harness stops and says how to install it.
/// </summary>
public sealed class Wrk(string executable, int threads, int connections)
{
    private const string Install = "apt-get install -y wrk";

    public static async Task<Wrk> FindOrInstallAsync(int threads, int connections, CancellationToken cancellationToken)
    {
        if (Locate() is { } found)
        {
            return new Wrk(found, threads, connections);
        }

        if (Environment.UserName != "root" || Locate("apt-get") is null)
        {
            throw new InvalidOperationException($"wrk is not installed: run 'sudo {Install}' (Debian package wrk), then run the scenario again");
        }

        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] wrk is missing: {Install}");
        var (code, output) = await RunAsync(Locate("apt-get")!, ["install", "-y", "wrk"], cancellationToken);
        return Locate() is { } installed
            ? new Wrk(installed, threads, connections)
            : throw new InvalidOperationException($"'{Install}' did not install wrk (exit {code}); run 'apt-get update' first if the package is unknown:\n{output}");
    }

    /// <summary>Loads <paramref name="url"/> for <paramref name="seconds"/>; the whole output goes to <paramref name="logPath"/> too.</summary>
    public async Task<WrkResult> RunAsync(string url, int seconds, string logPath, CancellationToken cancellationToken)
    {
        string[] arguments = ["-t", Text(threads), "-c", Text(connections), "-d", $"{Text(seconds)}s", "--timeout", "10s", "--latency", url];
        var (code, output) = await RunAsync(executable, arguments, cancellationToken);
        await File.AppendAllTextAsync(logPath, $"$ wrk {string.Join(' ', arguments)}\n{output}\n", cancellationToken);
        return code == 0 ? WrkResult.Parse(output) : throw new InvalidOperationException($"wrk exited with {code}:\n{output}");
    }

    public string CommandFor(int seconds, string url) => $"wrk -t {threads} -c {connections} -d {seconds}s --timeout 10s --latency {url}";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Locate(string name = "wrk") =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);

    private static async Task<(int Code, string Output)> RunAsync(string file, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
