using Microsoft.Extensions.Options;
using MimeKit;
using Portal.Digests.Mail;

namespace Portal.Digests.Delivery;

/// <summary>How the outbox's mails (digests and alert mails) are retried: within a pass with exponential back-off and jitter, then by later passes.</summary>
public sealed class MailRetries(IOptions<DigestOptions> options, TimeProvider clock)
{
    /// <returns>Null when the server took the message; otherwise the last failure.</returns>
    public async Task<MailSendException?> SendAsync(IMailSession session, MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var tries = Math.Max(1, options.Value.TriesPerPass);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await session.SendAsync(message, cancellationToken);
                return null;
            }
            catch (MailSendException e) when (!e.Permanent && attempt < tries)
            {
                var delay = options.Value.RetryDelaySeconds * Math.Pow(2, attempt - 1) * (0.5 + Random.Shared.NextDouble());
                await Task.Delay(TimeSpan.FromSeconds(delay), clock, cancellationToken);
            }
            catch (MailSendException e)
            {
                return e;
            }
        }
    }

    /// <summary>When a later pass tries again after <paramref name="attempts"/> transient failures: 1, 2, 4 ... minutes, at most an hour, with jitter.</summary>
    public static DateTime NextAttemptUtc(int attempts, DateTime now) =>
        now.AddMinutes(Math.Min(60, Math.Pow(2, attempts - 1)) * (0.8 + (Random.Shared.NextDouble() * 0.4)));
}
