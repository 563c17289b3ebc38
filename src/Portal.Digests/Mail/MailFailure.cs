namespace Portal.Digests.Mail;

/// <summary>Why a message was not taken, which decides what is done about it.</summary>
public enum MailFailure
{
    /// <summary>No usable connection (refused, dropped, timed out): the server, not the message, is the problem.</summary>
    Connection,

    /// <summary>A 4xx answer: try the message again later.</summary>
    Temporary,

    /// <summary>A 5xx answer to the recipient: this address does not take mail.</summary>
    RecipientRefused,

    /// <summary>Another 5xx answer (sender, message): a problem of the portal's, not of the member's.</summary>
    Refused,
}
