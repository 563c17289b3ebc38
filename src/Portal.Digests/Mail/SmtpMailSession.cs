using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Portal.Digests.Mail;

/// <summary>
/// One SMTP connection kept open across a run: opened on the first message, opened again when the
/// server dropped it or after <see cref="SmtpOptions.MessagesPerConnection"/> messages.
/// </summary>
public sealed class SmtpMailSession(SmtpOptions options) : IMailSession
{
    private SmtpClient? client;
    private int sentOnConnection;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        try
        {
            if (client is { IsConnected: true } && sentOnConnection >= Math.Max(1, options.MessagesPerConnection))
            {
                await CloseAsync(cancellationToken);
            }

            if (client is not { IsConnected: true })
            {
                await ConnectAsync(cancellationToken);
            }

            await client!.SendAsync(message, cancellationToken);
            sentOnConnection++;
        }
        catch (SmtpCommandException e)
        {
            // A refused command leaves the connection usable; a 4xx may pass later, a 5xx will not.
            var failure = (int)e.StatusCode < 500 ? MailFailure.Temporary
                : e.ErrorCode == SmtpErrorCode.RecipientNotAccepted ? MailFailure.RecipientRefused
                : MailFailure.Refused;
            throw new MailSendException($"The SMTP server refused the message: {(int)e.StatusCode} {e.Message}", failure, e);
        }
        catch (Exception e) when (e is SmtpProtocolException or IOException or SocketException or TimeoutException or ServiceNotConnectedException or SslHandshakeException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Drop();
            throw new MailSendException($"The connection to {options.Host}:{options.Port} failed: {e.Message}", MailFailure.Connection, e);
        }
        catch (AuthenticationException e)
        {
            Drop();
            throw new MailSendException($"The SMTP server refused the credentials: {e.Message}", MailFailure.Refused, e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await CloseAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or SocketException or SmtpProtocolException or TimeoutException)
        {
            // Saying goodbye to a server that already left changes nothing that was sent.
            Drop();
        }
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        Drop();
        client = new SmtpClient { Timeout = options.TimeoutSeconds * 1000 };
        var security = options.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTlsWhenAvailable,
        };
        await client.ConnectAsync(await OpenSocketAsync(cancellationToken), options.Host, options.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(options.Username))
        {
            await client.AuthenticateAsync(options.Username, options.Password ?? "", cancellationToken);
        }

        sentOnConnection = 0;
    }

    /// <summary>
    /// A connected socket with Nagle's algorithm off. With it on, the last small segment of each
    /// message waits for the server's delayed acknowledgement (40 ms on Linux): some 25 messages a
    /// second at most, whatever the client and the server could do.
    /// </summary>
    private async Task<Socket> OpenSocketAsync(CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, options.TimeoutSeconds)));
            await socket.ConnectAsync(options.Host, options.Port, timeout.Token);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private async Task CloseAsync(CancellationToken cancellationToken)
    {
        if (client is { IsConnected: true })
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }

        Drop();
    }

    private void Drop()
    {
        client?.Dispose();
        client = null;
    }
}
