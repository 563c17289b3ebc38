using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Portal.IntegrationTests.Digests;

/// <summary>
/// A real SMTP server for one test: Debian's aiosmtpd on a free loopback port, writing what it
/// accepts to a maildir in a temporary folder. Addresses starting with <c>refuse</c> are refused
/// with 550 at RCPT; those starting with <c>greylist</c> get a 451 the first time. It can be stopped and started again on the same port and maildir.
/// </summary>
public sealed class AiosmtpdServer : IAsyncDisposable
{
    private const string Handler = """
        from aiosmtpd.handlers import Mailbox

        greylisted = set()

        class RefusingMailbox(Mailbox):
            async def handle_MAIL(self, server, session, envelope, address, mail_options):
                with open('connections.log', 'a') as log:
                    log.write(f'{session.peer[1]}\n')
                envelope.mail_from = address
                envelope.mail_options.extend(mail_options)
                return '250 OK'

            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                if address.lower().startswith('refuse'):
                    return '550 5.1.1 No such mailbox'
                if address.lower().startswith('greylist') and address not in greylisted:
                    greylisted.add(address)
                    return '451 4.7.1 Greylisted, try again'
                envelope.rcpt_tos.append(address)
                return '250 OK'
        """;

    private static readonly string[] MaildirFolders = ["new", "cur"];

    private readonly string root;
    private Process? process;

    private AiosmtpdServer(string root, int port)
    {
        this.root = root;
        Port = port;
        File.WriteAllText(Path.Combine(root, "portal_test_smtp.py"), Handler);
    }

    public int Port { get; }

    /// <summary>How many SMTP connections carried at least one message (one client port each).</summary>
    public int Connections()
    {
        var log = Path.Combine(root, "connections.log");
        return File.Exists(log) ? File.ReadAllLines(log).Distinct().Count() : 0;
    }

    public string Maildir => Path.Combine(root, "maildir");

    public static async Task<AiosmtpdServer> StartAsync()
    {
        var server = new AiosmtpdServer(Directory.CreateTempSubdirectory("portal-smtp-").FullName, FreePort());
        await server.StartAgainAsync();
        return server;
    }

    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "portal_test_smtp.RefusingMailbox", Maildir },
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PYTHONPATH"] = root;
        process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port, TestContext.Current.CancellationToken);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }
    }

    public async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        process?.Dispose();
        process = null;
    }

    /// <summary>Every message delivered so far.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var files = MaildirFolders
            .Select(folder => Path.Combine(Maildir, folder))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateFiles)
            .OrderBy(DeliveryOrder);
        return [.. files.Select(file => MimeMessage.Load(file))];
    }

    // Python's maildir names a file "{seconds}.M{microseconds}P{pid}Q{counter}.{host}" with the
    // microseconds unpadded, so by name M99999 sorts after M123456 of the same second.
    private static (long Seconds, long Microseconds, long Counter) DeliveryOrder(string file)
    {
        var parts = Path.GetFileName(file).Split('.');
        var unique = parts[1];
        var p = unique.IndexOf('P', StringComparison.Ordinal);
        var q = unique.IndexOf('Q', StringComparison.Ordinal);
        return (long.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(unique[1..p], CultureInfo.InvariantCulture), long.Parse(unique[(q + 1)..], CultureInfo.InvariantCulture));
    }

    public IReadOnlyList<MimeMessage> MessagesTo(string address) =>
        [.. Messages().Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>Waits until at least <paramref name="count"/> messages arrived.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var messages = Messages();
            if (messages.Count >= count || DateTime.UtcNow > deadline)
            {
                return messages;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public int CountFiles() => MaildirFolders
        .Select(folder => Path.Combine(Maildir, folder))
        .Where(Directory.Exists)
        .Sum(folder => Directory.EnumerateFiles(folder).Count());

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
