using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Portal.IntegrationTests.Digests;

/// <summary>
/// A PostgreSQL server of the digest tests' own, in a temporary folder on a free loopback port
/// (as the postgres account when the tests run as root, since initdb refuses root). Each test
/// gets a fresh database.
/// </summary>
public sealed class DigestsPostgres : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("portal-digests-pg-").FullName;
    private readonly int port = FreePort();
    private int databases;

    private string DataFolder => Path.Combine(folder, "data");

    public async ValueTask InitializeAsync()
    {
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", ["postgres", folder], asPostgres: false);
        }

        await RunAsync(Tool("initdb"), ["-D", DataFolder, "-U", "portal", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"]);
        await RunAsync(Tool("pg_ctl"), ["-D", DataFolder, "-l", Path.Combine(folder, "server.log"), "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off", "-w", "-t", "60", "start"]);
    }

    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"digests_{Interlocked.Increment(ref databases)}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        return ConnectionString(name);
    }

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={port};Username=portal;Database={database}";

    public async ValueTask DisposeAsync()
    {
        await RunAsync(Tool("pg_ctl"), ["-D", DataFolder, "-m", "immediate", "-w", "stop"]);
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private static string Tool(string name)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
        if (onPath is not null)
        {
            return onPath;
        }

        return (Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql") : [])
            .Select(dir => Path.Combine(dir, "bin", name))
            .Where(File.Exists)
            .OrderDescending(StringComparer.Ordinal)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"PostgreSQL's {name} is not installed: run tests/run.sh, which installs it.");
    }

    private static async Task RunAsync(string program, string[] arguments, bool asPostgres = true)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres && Environment.IsPrivilegedProcess)
        {
            start.FileName = "runuser";
            foreach (var word in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(word);
            }
        }
        else
        {
            start.FileName = program;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
