namespace Portal.Digests.Mail;

/// <summary><c>Portal:Mail:Delivery</c>: where outgoing mail goes.</summary>
public enum MailDelivery
{
    /// <summary>One <c>.eml</c> file per message in a folder: works with nothing installed.</summary>
    Pickup,

    Smtp,
}
