namespace Portal.Digests.Mail;

/// <summary>The <c>Portal:Mail</c> section. <see cref="PickupPath"/> is absolute once configured.</summary>
public sealed class MailOptions
{
    public const string Section = "Portal:Mail";

    public string From { get; set; } = "portal@localhost";
    public MailDelivery Delivery { get; set; } = MailDelivery.Pickup;

    /// <summary>Default: <c>mail</c> under <c>Portal:DataPath</c>.</summary>
    public string? PickupPath { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    public DkimOptions Dkim { get; set; } = new();
}
