namespace Portal.Digests.Mail;

/// <summary>A message the server did not take, and why (<see cref="Failure"/>).</summary>
public sealed class MailSendException(string message, MailFailure failure, Exception? inner = null) : Exception(message, inner)
{
    public MailFailure Failure => failure;

    /// <summary>The server refused it for good; trying again will not help.</summary>
    public bool Permanent => failure is MailFailure.RecipientRefused or MailFailure.Refused;
}
