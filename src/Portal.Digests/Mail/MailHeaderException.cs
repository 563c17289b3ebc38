namespace Portal.Digests.Mail;

/// <summary>A header value, name, address or subject that would let its text add headers of its own.</summary>
public sealed class MailHeaderException(string message) : Exception(message);
