using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Portal.IntegrationTests.Admin;

/// <summary>
/// What an authenticator app computes (RFC 6238 over RFC 4226): HMAC-SHA1 of the 30-second step
/// number under the base32 shared key, truncated to six digits. Written here from the RFCs, so
/// that the test checks the portal against the standard, not against the portal's own code.
/// </summary>
public static class AccountTotp
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    [SuppressMessage("Security", "CA5350", Justification = "RFC 6238 as authenticator apps implement it is HMAC-SHA1: the test must compute exactly what they do.")]
    public static string Code(string sharedKey, DateTimeOffset at)
    {
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
        var hash = HMACSHA1.HashData(Base32Decode(sharedKey), counter);
        var offset = hash[^1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF) % 1_000_000;
        return binary.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Six digits that are none of the codes Identity would accept around <paramref name="now"/>.</summary>
    public static string WrongCode(string sharedKey, DateTimeOffset now)
    {
        var near = Enumerable.Range(-4, 9).Select(step => Code(sharedKey, now.AddSeconds(30 * step))).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, 1_000_000).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(code => !near.Contains(code));
    }

    public static byte[] Base32Decode(string text)
    {
        var clean = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>(clean.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            var value = Base32Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not a base32 digit");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
