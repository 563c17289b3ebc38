namespace Portal.Digests.Mail;

/// <summary>The <c>Portal:Mail:Smtp</c> section.</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    public string? Username { get; set; }
    public string? Password { get; set; }
    public SmtpSecurity? Security { get; set; }

    /// <summary>Servers cap the messages of one connection; the session reconnects after this many.</summary>
    public int MessagesPerConnection { get; set; } = 100;

    public int TimeoutSeconds { get; set; } = 30;
}
