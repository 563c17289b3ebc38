using Microsoft.Extensions.Options;
using Portal.Content.Configuration;

namespace Portal.Digests.Mail;

/// <summary>Without a configured pickup folder, mail goes to <c>mail</c> under the data folder.</summary>
public sealed class MailPickupDefault(IOptions<PortalOptions> portal) : IPostConfigureOptions<MailOptions>
{
    public void PostConfigure(string? name, MailOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.PickupPath))
        {
            options.PickupPath = Path.Combine(portal.Value.DataPath, "mail");
        }
    }
}
