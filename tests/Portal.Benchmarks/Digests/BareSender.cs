using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Portal.Benchmarks.Digests;

/// <summary>
/// The yardstick: the same digests, already rendered (the <c>.eml</c> files of a pickup pass, read
/// into memory beforehand), sent by a bare MailKit loop over one connection: no database, no
/// templates, nothing but SMTP to the same server.
/// </summary>
public sealed class BareSender(IReadOnlyList<MimeMessage> messages)
{
    public int Count => messages.Count;

    public static async Task<BareSender> LoadAsync(string pickupFolder, CancellationToken cancellationToken)
    {
        var messages = new List<MimeMessage>();
        foreach (var file in Directory.EnumerateFiles(pickupFolder, "*.eml").Order(StringComparer.Ordinal))
        {
            messages.Add(await MimeMessage.LoadAsync(file, cancellationToken));
        }

        return new BareSender(messages);
    }

    public async Task<TimeSpan> SendAsync(int port, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var client = new SmtpClient();
        // Nagle's algorithm off, as the portal's SMTP session has it: else both wait 40 ms a message for delayed acknowledgements.
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
        await client.ConnectAsync(socket, "127.0.0.1", port, SecureSocketOptions.None, cancellationToken);
        foreach (var message in messages)
        {
            await client.SendAsync(message, cancellationToken);
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
        return clock.Elapsed;
    }
}
