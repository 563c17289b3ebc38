using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Portal.Content.Storage;
using Portal.Digests.Composition;
using Portal.Digests.Delivery;
using Portal.Digests.Mail;
using Portal.Digests.Members;
using Portal.Digests.Outbox;
using Portal.Digests.Subscriptions;
using Portal.Templating;

namespace Portal.Digests.Alerts;

/// <summary>
/// The alert mails of a pass, through the outbox as digests go. Compose: what an alert found that no
/// digest took (its account's address has no active subscription) becomes one pending
/// <see cref="AlertMail"/> per alert, the matches given to it in the same transaction. Send: each
/// pending mail as composed, marked at the server's answer, retried as digests are.
/// </summary>
public sealed class AlertMails(
    IServiceScopeFactory scopes,
    AlertMessages messages,
    MailSender sender,
    MailRetries retries,
    PortalLinks links,
    IOptions<DigestOptions> options,
    TimeProvider clock,
    ILogger<AlertMails> logger)
{
    private const int BatchSize = 500;

    public async Task ComposeAsync(DigestPassReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var unclaimed = await AlertClaims.UnclaimedByAddressAsync(db, cancellationToken);
        if (unclaimed.Count == 0)
        {
            return;
        }

        var keys = unclaimed.Select(g => g.Key).ToList();
        // An address with an active digest gets its alerts there, when its digest is due.
        var subscribed = (await db.Set<Subscription>().Where(s => keys.Contains(s.EmailKey) && s.Status == SubscriptionStatus.Active && s.ConfirmedUtc != null)
            .Select(s => s.EmailKey).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new List<(AlertMail Mail, long[] Matches)>();
        foreach (var address in unclaimed.Where(g => !subscribed.Contains(g.Key)))
        {
            foreach (var alert in address.GroupBy(m => m.AlertId))
            {
                var mail = new AlertMail { AlertId = alert.Key, Status = DigestStatus.Pending, ComposedUtc = now };
                db.Add(mail);
                claims.Add((mail, [.. alert.Select(m => m.Id)]));
            }
        }

        if (claims.Count == 0)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (mail, matches) in claims)
        {
            await AlertClaims.ToAlertMailAsync(db, matches, mail.Id, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        report.AlertMailsComposed += claims.Count;
    }

    public async Task SendAsync(DigestPassReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        IMailSession? session = null;
        try
        {
            long after = 0;
            while (true)
            {
                var batch = await db.Set<AlertMail>()
                    .Where(m => m.Status == DigestStatus.Pending && m.Id > after && (m.NextAttemptUtc == null || m.NextAttemptUtc <= now))
                    .OrderBy(m => m.Id)
                    .Take(BatchSize)
                    .ToListAsync(cancellationToken);
                if (batch.Count == 0)
                {
                    return;
                }

                after = batch[^1].Id;
                var mailIds = batch.Select(m => (long?)m.Id).ToList();
                var matches = await db.Set<AlertMatch>().AsNoTracking().Where(m => mailIds.Contains(m.AlertMailId)).ToListAsync(cancellationToken);
                var items = await LiveItemLoader.LoadAsync(db, [.. matches.Select(m => m.ContentId)], cancellationToken);
                var sections = await AlertSections.ByAlertMailAsync(db, matches, items, cancellationToken);
                var alertIds = batch.Select(m => m.AlertId).Distinct().ToList();
                var addresses = await (
                        from alert in db.Set<SearchAlert>()
                        where alertIds.Contains(alert.Id)
                        join user in db.Users on alert.UserId equals user.Id
                        select new { alert.Id, user.Email })
                    .ToDictionaryAsync(a => a.Id, a => EmailAddresses.Normalize(a.Email), cancellationToken);
                var baseUrl = links.MailBaseUrl();
                foreach (var mail in batch)
                {
                    session ??= sender.OpenSession();
                    var stop = await DeliverAsync(session, mail, sections[mail.Id].FirstOrDefault(), addresses.GetValueOrDefault(mail.AlertId), baseUrl, report, cancellationToken);
                    // One small write per message, as for digests: "the server took it" and "recorded as sent" stay one write apart.
                    await db.SaveChangesAsync(cancellationToken);
                    if (stop)
                    {
                        return;
                    }
                }

                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }
        }
    }

    /// <returns>Whether the rest of the pass should wait: the server, not this message, is failing.</returns>
    private async Task<bool> DeliverAsync(IMailSession session, AlertMail mail, AlertItems? found, string? address, string baseUrl, DigestPassReport report, CancellationToken cancellationToken)
    {
        if (found is null)
        {
            // The alert was ended, or every item it found was withdrawn, before the mail went: nothing to say.
            mail.Status = DigestStatus.Empty;
            return false;
        }

        if (address is null)
        {
            Fail(mail, "The alert's account has no valid address.", report);
            return false;
        }

        MimeMessage message;
        try
        {
            message = messages.Build(mail, found, address, baseUrl);
            sender.Seal(message);
        }
        catch (TemplateRenderException e)
        {
            logger.LogError(e, "Alert mail {Mail} could not be rendered", mail.Id);
            mail.LastError = e.Message;
            report.Deferred++;
            report.Problems.Add($"An alert mail could not be rendered, so none is sent until the theme's mail templates are fixed: {e.Message}");
            return true;
        }
        catch (MailHeaderException e)
        {
            Fail(mail, e.Message, report);
            return false;
        }

        var failure = await retries.SendAsync(session, message, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        mail.Attempts++;
        if (failure is null)
        {
            mail.Status = DigestStatus.Sent;
            mail.SentUtc = now;
            mail.LastError = null;
            report.AlertMailsSent++;
            return false;
        }

        logger.LogWarning("Alert mail {Mail} of alert {Alert}: {Error}", mail.Id, mail.AlertId, failure.Message);
        switch (failure.Failure)
        {
            case MailFailure.RecipientRefused:
                Fail(mail, failure.Message, report);
                return false;
            case MailFailure.Temporary when mail.Attempts >= options.Value.MaxAttempts:
                Fail(mail, failure.Message, report);
                return false;
            case MailFailure.Temporary:
                mail.LastError = failure.Message;
                mail.NextAttemptUtc = MailRetries.NextAttemptUtc(mail.Attempts, now);
                report.Deferred++;
                return false;
            default:
                // The connection or the portal's own sending is broken: this mail was not taken, and stays pending.
                mail.Attempts--;
                mail.LastError = failure.Message;
                report.Deferred++;
                report.Problems.Add(failure.Message);
                return true;
        }
    }

    private static void Fail(AlertMail mail, string error, DigestPassReport report)
    {
        mail.Status = DigestStatus.Failed;
        mail.LastError = error;
        report.Failed++;
    }
}
