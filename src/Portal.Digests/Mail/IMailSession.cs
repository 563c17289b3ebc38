using MimeKit;

namespace Portal.Digests.Mail;

/// <summary>
/// A run of sends by one sender: for SMTP, one connection kept open across the run. Not
/// thread-safe (neither is MailKit's client): one session per sender.
/// </summary>
public interface IMailSession : IAsyncDisposable
{
    /// <exception cref="MailSendException">The message was not taken.</exception>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
