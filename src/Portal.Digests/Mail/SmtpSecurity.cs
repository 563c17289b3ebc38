namespace Portal.Digests.Mail;

/// <summary><c>Portal:Mail:Smtp:Security</c>; unset means STARTTLS when the server offers it.</summary>
public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}
