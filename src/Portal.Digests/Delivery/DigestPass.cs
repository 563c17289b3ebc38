using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Portal.Content.Configuration;
using Portal.Content.Storage;
using Portal.Digests.Alerts;
using Portal.Digests.Composition;
using Portal.Digests.Mail;
using Portal.Digests.Members;
using Portal.Digests.Outbox;
using Portal.Digests.Scheduling;
using Portal.Digests.Subscriptions;
using Portal.Templating;

namespace Portal.Digests.Delivery;

/// <summary>
/// One pass of the scheduler, in two phases. Compose: every due subscription gets a pending
/// <see cref="DigestRecord"/> of the items that went live in its window, in the same transaction
/// that moves its window on, so an item is in exactly one digest. Send: every pending record is
/// sent and marked sent at once. A crash anywhere leaves either nothing (composed again) or a
/// pending record (sent by the next pass as it was composed, never recomposed).
/// </summary>
public sealed class DigestPass(
    IServiceScopeFactory scopes,
    DigestPassLock passLock,
    DigestSchedule schedule,
    DigestMessages messages,
    MailSender sender,
    MailRetries retries,
    AlertMatching matching,
    AlertMails alertMails,
    PortalLinks links,
    IOptions<DigestOptions> options,
    IOptions<PortalOptions> portal,
    TimeProvider clock,
    ILogger<DigestPass> logger)
{
    private const int BatchSize = 500;

    // Messages built ahead of the one being sent: enough to keep the sender busy, few enough to keep memory small.
    private const int Lookahead = 32;

    public async Task<DigestPassReport> RunAsync(DateTime asOfUtc, CancellationToken cancellationToken)
    {
        await using var held = await passLock.TryAcquireAsync(cancellationToken);
        if (held is null)
        {
            return new DigestPassReport { Busy = true };
        }

        var report = new DigestPassReport();
        var started = clock.GetTimestamp();
        await MatchAlertsAsync(asOfUtc, report, cancellationToken);
        await ComposeAsync(asOfUtc, report, cancellationToken);
        // After the digests took what their members' alerts found: the rest goes in alert mails.
        await alertMails.ComposeAsync(report, cancellationToken);
        report.ComposeTime = clock.GetElapsedTime(started);
        started = clock.GetTimestamp();
        if (await SendAsync(report, cancellationToken))
        {
            await alertMails.SendAsync(report, cancellationToken);
        }

        report.SendTime = clock.GetElapsedTime(started);
        return report;
    }

    private async Task MatchAlertsAsync(DateTime asOfUtc, DigestPassReport report, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        report.AlertMatches = await matching.RunAsync(db, asOfUtc < now ? asOfUtc : now, cancellationToken);
    }

    private async Task ComposeAsync(DateTime asOfUtc, DigestPassReport report, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        // A window ends when it is composed: an --as-of in the future decides what is due, but
        // cannot move a window past items that will go live after this moment.
        var windowEnd = asOfUtc < now ? asOfUtc : now;
        var candidates = new List<(Subscription Subscription, string PeriodKey, DateTime WindowStart)>();
        foreach (var subscription in await db.Set<Subscription>().AsNoTracking().Where(s => s.Status == SubscriptionStatus.Active && s.ConfirmedUtc != null).ToListAsync(cancellationToken))
        {
            var from = subscription.LastDigestComposedUtc ?? subscription.ConfirmedUtc!.Value;
            var slot = schedule.LatestSlot(subscription.Frequency, subscription.TimeZone, asOfUtc);
            if (slot.SlotUtc > from && windowEnd > from)
            {
                candidates.Add((subscription, slot.PeriodKey, DigestWindow.Start(subscription, options.Value)));
            }
        }

        // A period that already has its digest gets no second one.
        var keys = candidates.Select(c => c.PeriodKey).Distinct().ToList();
        var recorded = (await db.Set<DigestRecord>().Where(r => keys.Contains(r.PeriodKey)).Select(r => new { r.SubscriptionId, r.PeriodKey }).ToListAsync(cancellationToken))
            .Select(r => (r.SubscriptionId, r.PeriodKey))
            .ToHashSet();
        var due = candidates.Where(c => !recorded.Contains((c.Subscription.Id, c.PeriodKey))).ToList();
        report.Due = due.Count;
        if (due.Count == 0)
        {
            return;
        }

        var lowest = due.Min(d => d.WindowStart);
        var items = await LiveItemLoader.LiveBetweenAsync(db, lowest, windowEnd, cancellationToken);
        // Items of earlier digests whose windows overlap the look-back: never listed twice.
        var earlier = (await db.Set<DigestRecord>().Where(r => r.WindowEndUtc > lowest).Select(r => new { r.SubscriptionId, r.ItemKeys }).ToListAsync(cancellationToken))
            .ToLookup(r => r.SubscriptionId, r => r.ItemKeys);
        // What the member's search alerts found goes in the digest too, in sections of their own.
        var alertMatches = await AlertClaims.UnclaimedByAddressAsync(db, cancellationToken);
        foreach (var batch in due.Chunk(BatchSize))
        {
            var claims = new List<(DigestRecord Record, long[] Matches)>();
            foreach (var (subscription, periodKey, windowStart) in batch)
            {
                var chosen = DigestWindow.Items(items, subscription, windowStart, earlier[subscription.Id]);
                var found = alertMatches[subscription.EmailKey].Select(m => m.Id).ToArray();
                if (chosen.Count > 0 || found.Length > 0)
                {
                    var record = new DigestRecord
                    {
                        SubscriptionId = subscription.Id,
                        PeriodKey = periodKey,
                        ItemKeys = string.Join('\n', chosen.Select(i => i.ContentId)),
                        WindowStartUtc = windowStart,
                        WindowEndUtc = windowEnd,
                        Status = DigestStatus.Pending,
                        ComposedUtc = now,
                    };
                    db.Add(record);
                    claims.Add((record, found));
                    report.Composed++;
                }
            }

            // The batch's records and its windows moved on, in one transaction; every window of a pass ends alike.
            var ids = batch.Select(d => d.Subscription.Id).ToList();
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                foreach (var (record, matches) in claims.Where(c => c.Matches.Length > 0))
                {
                    await AlertClaims.ToDigestAsync(db, matches, record.Id, cancellationToken);
                }

                await db.Set<Subscription>().Where(s => ids.Contains(s.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastDigestComposedUtc, windowEnd), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException e)
            {
                // Only a second composer for the same period gets here (the lock failed us); its records stand.
                logger.LogError(e, "Digests of a period were composed elsewhere; this pass leaves them");
                report.Problems.Add($"composing digests failed: {e.InnerException?.Message ?? e.Message}");
                return;
            }

            db.ChangeTracker.Clear();
        }
    }

    /// <returns>False when the pass stopped because the server, not a message, is failing.</returns>
    private async Task<bool> SendAsync(DigestPassReport report, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var catalog = scope.ServiceProvider.GetRequiredService<ClusterCatalog>();
        var clustersByCulture = new Dictionary<string, IReadOnlyList<ClusterOption>>(StringComparer.Ordinal);
        var baseUrl = links.MailBaseUrl();
        var now = clock.GetUtcNow().UtcDateTime;
        var renderings = new DigestRenderings();
        // A batch tracks a thousand entities and a message changes two: detecting changes across all
        // of them at every one-row save took milliseconds a message.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var commits = await OutboxCommits.WithoutWaitingForTheDiskAsync(db, portal.Value.Database.Provider, cancellationToken);
        await using var session = sender.OpenSession();
        long after = 0;
        while (true)
        {
            var batch = await db.Set<DigestRecord>()
                .Where(r => r.Status == DigestStatus.Pending && r.Id > after && (r.NextAttemptUtc == null || r.NextAttemptUtc <= now))
                .OrderBy(r => r.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return true;
            }

            after = batch[^1].Id;
            var ids = batch.Select(r => r.SubscriptionId).Distinct().ToList();
            var subscriptions = await db.Set<Subscription>().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
            var recordIds = batch.Select(r => (long?)r.Id).ToList();
            var matches = await db.Set<AlertMatch>().AsNoTracking().Where(m => recordIds.Contains(m.DigestRecordId)).ToListAsync(cancellationToken);
            var items = await LiveItemLoader.LoadAsync(db, [.. batch.SelectMany(r => r.Items), .. matches.Select(m => m.ContentId)], cancellationToken);
            var alerts = await AlertSections.ByRecordAsync(db, matches, items, cancellationToken);
            foreach (var culture in subscriptions.Values.Select(s => s.Culture).Distinct().Where(c => !clustersByCulture.ContainsKey(c)))
            {
                clustersByCulture[culture] = await catalog.ListAsync(culture, cancellationToken);
            }

            // Messages are built, stamped and signed on another thread while this one sends them and
            // records each as sent: still one SMTP client, one database writer, one message at a time in flight.
            using var stopPreparing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var prepared = Channel.CreateBounded<PreparedDigest>(new BoundedChannelOptions(Lookahead) { SingleReader = true, SingleWriter = true });
            var preparing = Task.Run(() => PrepareAsync(batch, subscriptions, items, alerts, clustersByCulture, baseUrl, renderings, prepared.Writer, stopPreparing.Token), CancellationToken.None);
            var stop = false;
            await foreach (var digest in prepared.Reader.ReadAllAsync(cancellationToken))
            {
                stop = await DeliverAsync(session, digest, report, cancellationToken);
                // Saved message by message: the gap between "the server took it" and "recorded as sent" stays one small write.
                await SaveAsync(db, digest.Record, digest.Subscription, cancellationToken);
                if (digest.Record.Status is DigestStatus.Failed or DigestStatus.Empty && digest.Subscription.Status != SubscriptionStatus.Active)
                {
                    // The subscription ended before its digest went: what its alerts found goes by alert mail instead.
                    await AlertClaims.ReleaseAsync(db, digest.Record.Id, cancellationToken);
                }

                if (stop)
                {
                    break;
                }
            }

            await stopPreparing.CancelAsync();
            try
            {
                await preparing;
            }
            catch (OperationCanceledException) when (stop && !cancellationToken.IsCancellationRequested)
            {
                // The pass stopped early; what was prepared and not sent stays pending.
            }

            if (stop)
            {
                return false;
            }

            db.ChangeTracker.Clear();
        }
    }

    private async Task PrepareAsync(
        IReadOnlyList<DigestRecord> batch,
        Dictionary<Guid, Subscription> subscriptions,
        Dictionary<string, LiveItem> items,
        ILookup<long, AlertItems> alerts,
        Dictionary<string, IReadOnlyList<ClusterOption>> clustersByCulture,
        string baseUrl,
        DigestRenderings renderings,
        ChannelWriter<PreparedDigest> writer,
        CancellationToken cancellationToken)
    {
        try
        {
            foreach (var record in batch)
            {
                var subscription = subscriptions[record.SubscriptionId];
                var listed = record.Items.Select(items.GetValueOrDefault).OfType<LiveItem>().ToList();
                var found = alerts[record.Id].ToList();
                var count = listed.Count + found.Sum(a => a.Items.Count);
                MimeMessage? message = null;
                Exception? failure = null;
                if (subscription.Status == SubscriptionStatus.Active && count > 0)
                {
                    try
                    {
                        message = messages.Build(record, subscription, listed, clustersByCulture[subscription.Culture], baseUrl, renderings, found);
                        sender.Seal(message);
                    }
                    catch (Exception e) when (e is MailHeaderException or TemplateRenderException)
                    {
                        failure = e;
                    }
                }

                await writer.WriteAsync(new PreparedDigest(record, subscription, count, message, failure), cancellationToken);
            }

            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
            throw;
        }
    }

    /// <returns>Whether the rest of the pass should wait: the server, not this message, is failing.</returns>
    private async Task<bool> DeliverAsync(IMailSession session, PreparedDigest digest, DigestPassReport report, CancellationToken cancellationToken)
    {
        var (record, subscription, listed, message, problem) = digest;
        var now = clock.GetUtcNow().UtcDateTime;
        // Checked now, not when prepared: an earlier digest of this pass may have suspended the subscription.
        if (subscription.Status != SubscriptionStatus.Active)
        {
            record.Status = DigestStatus.Failed;
            record.LastError = $"The subscription is {subscription.Status.ToString().ToLowerInvariant()}: not sent.";
            return false;
        }

        if (listed == 0)
        {
            record.Status = DigestStatus.Empty;
            return false;
        }

        if (problem is TemplateRenderException rendering)
        {
            // The theme's templates, not this digest, are at fault: every other digest would fail alike.
            logger.LogError(rendering, "Digest {Record} could not be rendered", record.Id);
            record.LastError = rendering.Message;
            report.Deferred++;
            report.Problems.Add($"A digest could not be rendered, so none is sent until the theme's mail templates are fixed: {rendering.Message}");
            return true;
        }

        if (problem is not null || message is null)
        {
            Fail(record, problem?.Message ?? "The digest has no message.", report);
            return false;
        }

        var failure = await retries.SendAsync(session, message, cancellationToken);
        if (failure is null)
        {
            record.Status = DigestStatus.Sent;
            record.SentUtc = clock.GetUtcNow().UtcDateTime;
            record.Attempts++;
            record.LastError = null;
            subscription.FailureCount = 0;
            report.Sent++;
            return false;
        }

        logger.LogWarning("Digest {Record} to subscription {Subscription}: {Error}", record.Id, subscription.Id, failure.Message);
        switch (failure.Failure)
        {
            case MailFailure.RecipientRefused:
                record.Attempts++;
                Fail(record, failure.Message, report);
                subscription.FailureCount++;
                if (subscription.FailureCount >= Math.Max(1, options.Value.SuspendAfterFailures))
                {
                    subscription.Status = SubscriptionStatus.Suspended;
                    subscription.ModifiedUtc = now;
                    report.Suspended++;
                }

                return false;
            case MailFailure.Temporary:
                record.Attempts++;
                record.LastError = failure.Message;
                if (record.Attempts >= options.Value.MaxAttempts)
                {
                    Fail(record, failure.Message, report);
                }
                else
                {
                    record.NextAttemptUtc = MailRetries.NextAttemptUtc(record.Attempts, now);
                    report.Deferred++;
                }

                return false;
            default:
                // The connection or the portal's own sending is broken: every other message would fail alike.
                record.LastError = failure.Message;
                report.Deferred++;
                report.Problems.Add(failure.Message);
                return true;
        }
    }

    private static Task<int> SaveAsync(PortalDbContext db, DigestRecord record, Subscription subscription, CancellationToken cancellationToken)
    {
        db.Entry(record).DetectChanges();
        db.Entry(subscription).DetectChanges();
        return db.SaveChangesAsync(cancellationToken);
    }

    private static void Fail(DigestRecord record, string error, DigestPassReport report)
    {
        record.Status = DigestStatus.Failed;
        record.LastError = error;
        report.Failed++;
    }
}
