namespace Portal.Digests.Mail;

/// <summary>
/// A message the server did not take. <see cref="Permanent"/>: the server refused it for good
/// (5xx); otherwise trying again later may work (4xx, dropped connection, timeout).
/// </summary>
public sealed class MailSendException(string message, bool permanent, Exception? inner = null) : Exception(message, inner)
{
    public bool Permanent => permanent;
}
