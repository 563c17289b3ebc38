using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;

namespace Portal.Digests.Mail;

/// <summary>
/// The one way mail leaves the portal: stamps what every message must carry (Message-ID, Date,
/// From), refuses header injection, signs with DKIM when configured, and hands the message to a
/// session of the configured delivery.
/// </summary>
public sealed class MailSender(IOptions<MailOptions> options, TimeProvider clock)
{
    private readonly Lazy<MailSignature> signature = new(() => new MailSignature(options.Value.Dkim, MailHeaderGuard.Mailbox("sender", null, options.Value.From).Domain));

    public MailboxAddress From => MailHeaderGuard.Mailbox("sender", null, options.Value.From);

    /// <summary>The DKIM signature; reading it checks its configuration (a bad key path fails here).</summary>
    public MailSignature Signature => signature.Value;

    public IMailSession OpenSession() => options.Value.Delivery switch
    {
        MailDelivery.Smtp => new StampingSession(new SmtpMailSession(options.Value.Smtp), this),
        _ => new StampingSession(new PickupMailSession(options.Value.PickupPath!), this),
    };

    /// <summary>Sends one message on a session of its own (a confirmation mail, say).</summary>
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        await using var session = OpenSession();
        await session.SendAsync(message, cancellationToken);
    }

    /// <summary>A new message from the configured sender to one recipient, its text checked.</summary>
    public MimeMessage Create(string toAddress, string subject)
    {
        var from = From;
        // MimeMessage names its Message-ID after the machine; the sender's domain is the one that answers for it.
        var message = new MimeMessage { MessageId = MimeUtils.GenerateMessageId(from.Domain is { Length: > 0 } domain ? domain : "localhost") };
        message.From.Add(from);
        message.To.Add(MailHeaderGuard.Mailbox("recipient", null, toAddress));
        message.Subject = MailHeaderGuard.Text("subject", subject);
        return message;
    }

    /// <summary>
    /// Makes a message ready to leave: From, Message-ID and Date where missing, every header checked
    /// for injection, and the DKIM signature when configured (once: a signed message keeps its
    /// signature when it is tried again). Sessions seal what they send; a sender may seal ahead.
    /// </summary>
    public void Seal(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.From.Count == 0)
        {
            message.From.Add(From);
        }

        if (string.IsNullOrEmpty(message.MessageId))
        {
            message.MessageId = MimeUtils.GenerateMessageId(From.Domain is { Length: > 0 } domain ? domain : "localhost");
        }

        if (message.Date == default || !message.Headers.Contains(HeaderId.Date))
        {
            message.Date = clock.GetUtcNow();
        }

        MailHeaderGuard.Check(message);
        if (!message.Headers.Contains(HeaderId.DkimSignature))
        {
            Signature.Sign(message);
        }
    }

    private sealed class StampingSession(IMailSession inner, MailSender sender) : IMailSession
    {
        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            sender.Seal(message);
            return inner.SendAsync(message, cancellationToken);
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
