using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Portal.IntegrationTests.Fixtures;

/// <summary>
/// A real PostgreSQL server of its own for the test run: initdb into a temporary folder, started on
/// a free loopback port, stopped and deleted at the end. Every test gets a new database. When the
/// server cannot start the tests fail: nothing is skipped.
/// </summary>
public sealed class PostgresServer : IDatabaseSource, IAsyncLifetime
{
    private const string User = "portal";
    private const string ServiceAccount = "postgres";

    private readonly string folder = Directory.CreateTempSubdirectory("portal-pg-").FullName;
    private string binFolder = "";
    private int port;

    public string Provider => "PostgreSQL";

    private string DataFolder => Path.Combine(folder, "data");

    private string AdminConnectionString => ConnectionString("postgres");

    public async ValueTask InitializeAsync()
    {
        binFolder = FindBinFolder();
        if (Environment.IsPrivilegedProcess)
        {
            // initdb refuses to run as root: the server runs as the postgres account, in a folder it owns.
            await RunAsync("chown", [$"{ServiceAccount}:", folder], asServiceAccount: false);
        }

        await RunAsync(Tool("initdb"), ["-D", DataFolder, "-U", User, "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"]);
        Directory.CreateDirectory(Path.Combine(folder, "socket"));
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", [$"{ServiceAccount}:", Path.Combine(folder, "socket")], asServiceAccount: false);
        }

        // A port that was free a moment ago can be taken before the server binds it: try a few.
        for (var attempt = 1; ; attempt++)
        {
            port = FreePort();
            var options = $"-c listen_addresses=127.0.0.1 -p {port} -k {Path.Combine(folder, "socket")} " +
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=64MB";
            try
            {
                await RunAsync(Tool("pg_ctl"), ["-D", DataFolder, "-l", Path.Combine(folder, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
                break;
            }
            catch (InvalidOperationException e)
            {
                if (attempt == 3)
                {
                    var log = Path.Combine(folder, "server.log");
                    throw new InvalidOperationException($"PostgreSQL did not start: {e.Message}\n{(File.Exists(log) ? File.ReadAllText(log) : "")}", e);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (binFolder.Length > 0 && File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
        {
            await RunAsync(Tool("pg_ctl"), ["-D", DataFolder, "-m", "fast", "-w", "stop"]);
        }

        Directory.Delete(folder, recursive: true);
    }

    public async Task<string?> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        var name = $"portal_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync(cancellationToken);
        // FILE_COPY (PostgreSQL 15 on) copies the template's files: much faster than logging every page.
        var strategy = connection.PostgreSqlVersion.Major >= 15 ? " STRATEGY = FILE_COPY" : "";
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"{strategy}", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionString(name);
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        await using (var own = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(own);
        }

        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        var force = connection.PostgreSqlVersion.Major >= 13 ? " WITH (FORCE)" : "";
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{builder.Database}\"{force}", connection);
        await command.ExecuteNonQueryAsync();
    }

    private string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = User,
            Database = database,
            IncludeErrorDetail = true,
        }.ConnectionString;

    private string Tool(string name) => Path.Combine(binFolder, name);

    /// <summary>initdb and pg_ctl from the PATH, else from the newest /usr/lib/postgresql/*/bin (Debian does not put them on the PATH).</summary>
    private static string FindBinFolder()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "initdb"))
            .FirstOrDefault(File.Exists);
        if (onPath is not null)
        {
            // Follow a symbolic link, so that pg_ctl comes from the same installation.
            var target = new FileInfo(onPath).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? onPath;
            if (File.Exists(Path.Combine(Path.GetDirectoryName(target)!, "pg_ctl")))
            {
                return Path.GetDirectoryName(target)!;
            }
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(dir => Path.Combine(dir, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var version) ? version : 0)
                .FirstOrDefault()
            : null;
        return installed ?? throw new InvalidOperationException(
            "PostgreSQL is not installed: no initdb on the PATH nor in /usr/lib/postgresql/*/bin. Run tests/run.sh, which installs it.");
    }

    /// <summary>A loopback port nothing listens on now.</summary>
    public static int FreePort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    private static async Task RunAsync(string program, string[] arguments, bool asServiceAccount = true)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asServiceAccount && Environment.IsPrivilegedProcess)
        {
            start.FileName = "runuser";
            foreach (var word in (string[])["-u", ServiceAccount, "--", program, .. arguments])
            {
                start.ArgumentList.Add(word);
            }
        }
        else
        {
            start.FileName = program;
            foreach (var word in arguments)
            {
                start.ArgumentList.Add(word);
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }
}
