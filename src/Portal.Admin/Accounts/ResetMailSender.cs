using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Admin.Audit;
using Portal.Content.Storage;
using Portal.Content.Users;
using Portal.Digests.Mail;

namespace Portal.Admin.Accounts;

/// <summary>Sends the queued reset mails one by one, and records in the audit log whether each went.</summary>
public sealed class ResetMailSender(PendingResetMails queue, IServiceScopeFactory scopes, ILogger<ResetMailSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var request in queue.ReadAllAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            if (await services.GetRequiredService<UserManager<PortalUser>>().FindByIdAsync(request.UserId) is not { } user)
            {
                continue;
            }

            string outcome;
            try
            {
                await services.GetRequiredService<AccountMail>().SendResetAsync(user, stoppingToken);
                outcome = "sent";
            }
            catch (MailSendException e)
            {
                logger.LogError(e, "The password-reset mail could not be sent");
                outcome = "failed: " + e.Message;
            }

            services.GetRequiredService<AuditLog>().Record(AuditActions.ResetMailed, user.Email, outcome, user);
            await services.GetRequiredService<PortalDbContext>().SaveChangesAsync(stoppingToken);
        }
    }
}
