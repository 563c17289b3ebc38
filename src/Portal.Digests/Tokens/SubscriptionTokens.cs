using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Content.Storage;
using Portal.Digests.Subscriptions;

namespace Portal.Digests.Tokens;

/// <summary>
/// Signed links: the token carries the subscription id, the purpose and an expiry; its HMAC also
/// covers the address (its case-insensitive key) (and, for confirmation, the request's stamp), so a token cannot be guessed,
/// altered, used for another purpose or another address, or confirm an older request.
/// </summary>
public sealed class SubscriptionTokens(TokenKey key, IOptions<DigestOptions> options, TimeProvider clock)
{
    private const int PayloadLength = 16 + 1 + 8;
    private const int MacLength = 32;

    public string Create(Subscription subscription, TokenPurpose purpose)
    {
        var expires = purpose == TokenPurpose.Confirm
            ? clock.GetUtcNow().AddDays(options.Value.ConfirmationDays).ToUnixTimeSeconds()
            : 0;
        var token = new byte[PayloadLength + MacLength];
        subscription.Id.TryWriteBytes(token.AsSpan(0, 16));
        token[16] = (byte)purpose;
        BinaryPrimitives.WriteInt64BigEndian(token.AsSpan(17, 8), expires);
        Sign(token.AsSpan(0, PayloadLength), subscription, purpose).CopyTo(token.AsSpan(PayloadLength));
        return Base64Url.EncodeToString(token);
    }

    /// <summary>The subscription a well-formed, unexpired, genuine token of this purpose names; null otherwise.</summary>
    public async Task<Subscription?> FindAsync(PortalDbContext db, string? token, TokenPurpose purpose, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 200)
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

        if (bytes.Length != PayloadLength + MacLength || bytes[16] != (byte)purpose)
        {
            return null;
        }

        var expires = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(17, 8));
        if (expires != 0 && expires < clock.GetUtcNow().ToUnixTimeSeconds())
        {
            return null;
        }

        var id = new Guid(bytes.AsSpan(0, 16));
        var subscription = await db.Set<Subscription>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subscription is null)
        {
            return null;
        }

        var expected = Sign(bytes.AsSpan(0, PayloadLength), subscription, purpose);
        return CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(PayloadLength)) ? subscription : null;
    }

    private byte[] Sign(ReadOnlySpan<byte> payload, Subscription subscription, TokenPurpose purpose)
    {
        // The key, not the spelling: typing the address again in other case keeps earlier links working.
        var bound = purpose == TokenPurpose.Confirm ? $"{subscription.EmailKey}\n{subscription.ConfirmStamp}" : subscription.EmailKey;
        var message = new byte[payload.Length + Encoding.UTF8.GetByteCount(bound)];
        payload.CopyTo(message);
        Encoding.UTF8.GetBytes(bound, message.AsSpan(payload.Length));
        return HMACSHA256.HashData(key.Bytes, message);
    }
}
