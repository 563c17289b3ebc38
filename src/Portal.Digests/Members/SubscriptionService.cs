using Microsoft.EntityFrameworkCore;
using Portal.Content.Storage;
using Portal.Content.Urls;
using Portal.Digests.Mail;
using Portal.Digests.Subscriptions;
using Portal.Digests.Tokens;

namespace Portal.Digests.Members;

/// <summary>Subscribing, confirming, changing and ending subscriptions, straight on the portal's DbContext.</summary>
public sealed class SubscriptionService(PortalDbContext db, SubscriptionTokens tokens, ConfirmationMail confirmation, MailSender sender, PortalLinks links, TimeProvider clock)
{
    /// <summary>
    /// Sends one mail to the address, whatever its state, so that neither the answer nor the mail
    /// tells a stranger anything. A new or lapsed address is saved pending and the mail's link
    /// confirms it; an active subscription is left as it is and the mail's link applies the change,
    /// so that no one but the address's owner can change what it gets.
    /// </summary>
    public async Task SubscribeAsync(SubscriptionRequest request, CancellationToken cancellationToken)
    {
        var baseUrl = links.MailBaseUrl();
        var subscription = await SaveRequestAsync(request, cancellationToken);
        var token = subscription.Status == SubscriptionStatus.Active ? tokens.CreateChange(subscription, request) : tokens.Create(subscription, TokenPurpose.Confirm);
        var url = baseUrl + SiteUrls.WithToken(SiteUrls.ConfirmPath, token);
        await sender.SendAsync(confirmation.Create(request.Email, request.Culture, url, baseUrl), cancellationToken);
    }

    /// <summary>
    /// For a signed-in member whose account's address is proven (confirmed by an invitation or reset
    /// link): the subscription is saved and active at once, without a confirmation mail.
    /// </summary>
    public Task<Subscription> SubscribeProvenAsync(SubscriptionRequest request, CancellationToken cancellationToken) =>
        SaveRequestAsync(request, cancellationToken, proven: true);

    /// <summary>Activates a pending subscription; counts digests from now on.</summary>
    public async Task ConfirmAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        if (subscription.Status == SubscriptionStatus.Active)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        subscription.Status = SubscriptionStatus.Active;
        subscription.ConfirmedUtc = now;
        subscription.LastDigestComposedUtc = null;
        subscription.FailureCount = 0;
        subscription.ModifiedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Applies a change asked for through <c>/subscribe</c> and confirmed from the address; the link is used up.</summary>
    public async Task ApplyChangeAsync(Subscription subscription, SubscriptionRequest change, CancellationToken cancellationToken)
    {
        subscription.Email = change.Email;
        await UpdatePreferencesAsync(subscription, change, cancellationToken);
    }

    public async Task UnsubscribeAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        subscription.Status = SubscriptionStatus.Unsubscribed;
        subscription.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        // An older confirmation link (a link scanner, a second click) must not bring it back.
        subscription.ConfirmStamp = NewStamp();
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task UpdatePreferencesAsync(Subscription subscription, SubscriptionRequest request, CancellationToken cancellationToken)
    {
        // A change link mailed earlier must not undo this one later.
        subscription.ConfirmStamp = NewStamp();
        subscription.SetClusters(request.Clusters);
        subscription.Frequency = request.Frequency;
        subscription.Culture = request.Culture;
        subscription.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Subscription> SaveRequestAsync(SubscriptionRequest request, CancellationToken cancellationToken, bool proven = false)
    {
        for (var attempt = 0; ; attempt++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var key = EmailAddresses.Key(request.Email);
            var subscription = await db.Set<Subscription>().FirstOrDefaultAsync(s => s.EmailKey == key, cancellationToken);
            if (subscription is null)
            {
                subscription = new Subscription
                {
                    Id = Guid.CreateVersion7(),
                    Email = request.Email,
                    Culture = request.Culture,
                    Status = SubscriptionStatus.Pending,
                    ConfirmStamp = NewStamp(),
                    CreatedUtc = now,
                };
                db.Add(subscription);
            }
            else if (subscription.Status != SubscriptionStatus.Active)
            {
                // A lapsed address asks again: it must confirm again before anything is sent.
                subscription.Status = SubscriptionStatus.Pending;
                subscription.ConfirmStamp = NewStamp();
            }
            else if (!proven)
            {
                // Nothing changes until the address confirms; a newer request voids the older links.
                subscription.ConfirmStamp = NewStamp();
                subscription.ModifiedUtc = now;
                await db.SaveChangesAsync(cancellationToken);
                return subscription;
            }

            if (proven && subscription.Status == SubscriptionStatus.Pending)
            {
                subscription.Status = SubscriptionStatus.Active;
                subscription.ConfirmedUtc = now;
                subscription.LastDigestComposedUtc = null;
                subscription.FailureCount = 0;
            }

            // The same address in another spelling: mail goes to the one typed last.
            subscription.Email = request.Email;
            subscription.SetClusters(request.Clusters);
            subscription.Frequency = request.Frequency;
            subscription.Culture = request.Culture;
            subscription.ModifiedUtc = now;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return subscription;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // The same address sent twice at once: the other request made the row; update it.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static string NewStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
