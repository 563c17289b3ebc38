using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Portal.Benchmarks.Hosting;
using Portal.Benchmarks.Measure;

namespace Portal.Benchmarks.Digests;

/// <summary>
/// Debian's aiosmtpd on a free loopback port as the one SMTP server of the run. Its handler counts
/// what it takes (one line per message: its size) and discards it, or writes a maildir. Its CPU
/// time is read from /proc, so that a run can tell when this Python server, not the portal, is the
/// bottleneck (a process busy all the time on one core cannot take more).
/// </summary>
public sealed class SmtpSink : IDisposable
{
    private const string Handler = """
        import mailbox

        class Counting:
            def __init__(self, maildir=None):
                self.log = open('accepted.log', 'a', buffering=1)
                self.maildir = mailbox.Maildir(maildir) if maildir else None

            async def handle_DATA(self, server, session, envelope):
                if self.maildir is not None:
                    self.maildir.add(envelope.original_content)
                self.log.write(f'{len(envelope.original_content)}\n')
                return '250 OK'

        class Discarding(Counting):
            def __init__(self):
                super().__init__()

        class Storing(Counting):
            def __init__(self):
                super().__init__('maildir')
        """;

    private readonly string folder;
    private readonly Process process;

    private SmtpSink(string folder, int port, Process process)
    {
        this.folder = folder;
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public string Description { get; private init; } = "";

    public static async Task<SmtpSink> StartAsync(string folder, bool maildir, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "portal_bench_smtp.py"), Handler, cancellationToken);
        var port = FreePort.Next();
        var handler = maildir ? "portal_bench_smtp.Storing" : "portal_bench_smtp.Discarding";
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", handler },
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PYTHONPATH"] = folder;
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start /usr/bin/python3 -m aiosmtpd");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var sink = new SmtpSink(folder, port, process) { Description = $"/usr/bin/python3 -m aiosmtpd -n -l 127.0.0.1:{port} -c {handler}" };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return sink;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    /// <summary>Messages accepted so far, and their bytes.</summary>
    public (int Messages, long Bytes) Accepted()
    {
        var log = Path.Combine(folder, "accepted.log");
        if (!File.Exists(log))
        {
            return (0, 0);
        }

        var sizes = File.ReadLines(log).Where(l => l.Length > 0).Select(long.Parse).ToList();
        return (sizes.Count, sizes.Sum());
    }

    /// <summary>The server's CPU time so far (user + system).</summary>
    public TimeSpan CpuTime() => TimeSpan.FromSeconds(ProcessorTime.Seconds(process.Id) ?? 0);

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        process.Dispose();
    }
}
