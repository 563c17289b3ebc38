using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Content.Storage;
using Portal.Digests.Alerts;
using Portal.Digests.Members;
using Portal.Digests.Subscriptions;

namespace Portal.Digests.Tokens;

/// <summary>
/// Signed links: the token carries the subscription id, the purpose, an expiry and, for a change, the
/// change itself; its HMAC also covers the address (its case-insensitive key) and, for confirmation
/// and change, the request's stamp, so a token cannot be guessed, altered, used for another purpose
/// or another address, or confirm an older request.
/// </summary>
public sealed class SubscriptionTokens(TokenKey key, IOptions<DigestOptions> options, TimeProvider clock)
{
    private const int HeadLength = 16 + 1 + 8;
    private const int MacLength = 32;

    // A change carries its clusters; the form reader allows only the portal's own, so this is generous.
    private const int MaxTokenLength = 4000;

    public string Create(Subscription subscription, TokenPurpose purpose) =>
        purpose == TokenPurpose.Change ? throw new ArgumentException("A change token carries its change: use CreateChange.", nameof(purpose)) : Create(subscription, purpose, []);

    /// <summary>A link that applies <paramref name="change"/> to the active <paramref name="subscription"/>, sent to its address.</summary>
    public string CreateChange(Subscription subscription, SubscriptionRequest change) =>
        Create(subscription, TokenPurpose.Change, Encoding.UTF8.GetBytes(string.Join('\n', change.Email, change.Frequency, change.Culture, string.Join(' ', change.Clusters))));

    /// <summary>The subscription a well-formed, unexpired, genuine token of this purpose names; null otherwise.</summary>
    public async Task<Subscription?> FindAsync(PortalDbContext db, string? token, TokenPurpose purpose, CancellationToken cancellationToken) =>
        (await ReadAsync(db, token, purpose, cancellationToken))?.Subscription;

    /// <summary>The active subscription and the change a genuine, unexpired, unused change token carries; null otherwise.</summary>
    public async Task<(Subscription Subscription, SubscriptionRequest Change)?> FindChangeAsync(PortalDbContext db, string? token, CancellationToken cancellationToken)
    {
        if (await ReadAsync(db, token, TokenPurpose.Change, cancellationToken) is not { } found)
        {
            return null;
        }

        var fields = Encoding.UTF8.GetString(found.Change).Split('\n');
        if (found.Subscription.Status != SubscriptionStatus.Active || fields.Length != 4
            || EmailAddresses.Key(fields[0]) != found.Subscription.EmailKey || !Enum.TryParse<DigestFrequency>(fields[1], out var frequency))
        {
            return null;
        }

        return (found.Subscription, new SubscriptionRequest(fields[0], fields[3].Split(' ', StringSplitOptions.RemoveEmptyEntries), frequency, fields[2]));
    }

    /// <summary>The one-click link that ends <paramref name="alert"/>, and no other alert or subscription.</summary>
    public string CreateAlertUnsubscribe(SearchAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return Create(alert.Id, TokenPurpose.AlertUnsubscribe, 0, [], AlertBound(alert));
    }

    /// <summary>The alert a genuine alert-unsubscribe token names; null otherwise.</summary>
    public async Task<SearchAlert?> FindAlertAsync(PortalDbContext db, string? token, CancellationToken cancellationToken)
    {
        if (Open(token, TokenPurpose.AlertUnsubscribe) is not { } opened)
        {
            return null;
        }

        var alert = await db.Set<SearchAlert>().FirstOrDefaultAsync(a => a.Id == opened.Id, cancellationToken);
        return alert is not null && Genuine(opened.Bytes, AlertBound(alert)) ? alert : null;
    }

    // An alert belongs to its account, whatever address the account has when the mail goes.
    private static string AlertBound(SearchAlert alert) => "alert\n" + alert.UserId;

    private string Create(Subscription subscription, TokenPurpose purpose, byte[] change)
    {
        var expires = purpose is TokenPurpose.Confirm or TokenPurpose.Change
            ? clock.GetUtcNow().AddDays(options.Value.ConfirmationDays).ToUnixTimeSeconds()
            : 0;
        return Create(subscription.Id, purpose, expires, change, Bound(subscription, purpose));
    }

    private string Create(Guid id, TokenPurpose purpose, long expires, byte[] change, string bound)
    {
        var payloadLength = HeadLength + change.Length;
        var token = new byte[payloadLength + MacLength];
        id.TryWriteBytes(token.AsSpan(0, 16));
        token[16] = (byte)purpose;
        BinaryPrimitives.WriteInt64BigEndian(token.AsSpan(17, 8), expires);
        change.CopyTo(token.AsSpan(HeadLength));
        Sign(token.AsSpan(0, payloadLength), bound).CopyTo(token.AsSpan(payloadLength));
        return Base64Url.EncodeToString(token);
    }

    private async Task<(Subscription Subscription, byte[] Change)?> ReadAsync(PortalDbContext db, string? token, TokenPurpose purpose, CancellationToken cancellationToken)
    {
        if (Open(token, purpose) is not { } opened)
        {
            return null;
        }

        var subscription = await db.Set<Subscription>().FirstOrDefaultAsync(s => s.Id == opened.Id, cancellationToken);
        return subscription is not null && Genuine(opened.Bytes, Bound(subscription, purpose))
            ? (subscription, opened.Bytes[HeadLength..^MacLength])
            : null;
    }

    /// <summary>A well-formed, unexpired token of this purpose, not yet checked against its signature.</summary>
    private (Guid Id, byte[] Bytes)? Open(string? token, TokenPurpose purpose)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(token);
        }
        catch (FormatException)
        {
            return null;
        }

        // A change token, and only a change token, carries bytes between the head and the MAC.
        var changeLength = bytes.Length - HeadLength - MacLength;
        if (changeLength < 0 || (changeLength > 0) != (purpose == TokenPurpose.Change) || bytes[16] != (byte)purpose)
        {
            return null;
        }

        var expires = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(17, 8));
        if (expires != 0 && expires < clock.GetUtcNow().ToUnixTimeSeconds())
        {
            return null;
        }

        return (new Guid(bytes.AsSpan(0, 16)), bytes);
    }

    private bool Genuine(byte[] bytes, string bound)
    {
        var payloadLength = bytes.Length - MacLength;
        return CryptographicOperations.FixedTimeEquals(Sign(bytes.AsSpan(0, payloadLength), bound), bytes.AsSpan(payloadLength));
    }

    // The key, not the spelling: typing the address again in other case keeps earlier links working.
    private static string Bound(Subscription subscription, TokenPurpose purpose) =>
        purpose is TokenPurpose.Confirm or TokenPurpose.Change ? $"{subscription.EmailKey}\n{subscription.ConfirmStamp}" : subscription.EmailKey;

    private byte[] Sign(ReadOnlySpan<byte> payload, string bound)
    {
        var message = new byte[payload.Length + Encoding.UTF8.GetByteCount(bound)];
        payload.CopyTo(message);
        Encoding.UTF8.GetBytes(bound, message.AsSpan(payload.Length));
        return HMACSHA256.HashData(key.Bytes, message);
    }
}
