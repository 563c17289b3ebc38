using Microsoft.Extensions.Options;
using Portal.Content.Configuration;

namespace Portal.Digests.Tokens;

/// <summary>
/// The HMAC key of links: from configuration, else a random key written to the data folder on
/// first use, so that links keep working across restarts (and across servers sharing the folder).
/// </summary>
public sealed class TokenKey(IOptions<DigestOptions> digests, IOptions<PortalOptions> portal)
{
    private const string FileName = "digest-token.key";
    private readonly Lazy<byte[]> key = new(() => Load(digests.Value.TokenKey, portal.Value.DataPath));

    public byte[] Bytes => key.Value;

    private static byte[] Load(string? configured, string dataPath)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var bytes = Convert.FromBase64String(configured);
            return bytes.Length >= 32 ? bytes : throw new InvalidOperationException($"{DigestOptions.Section}:TokenKey must be at least 32 bytes, in base64.");
        }

        var path = Path.Combine(dataPath, FileName);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(dataPath);
            var fresh = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
            try
            {
                // CreateNew: when two processes race, the first key wins and the other reads it.
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(fresh);
                stream.Flush(flushToDisk: true);
                return fresh;
            }
            catch (IOException) when (File.Exists(path))
            {
                Thread.Sleep(50);
            }
        }

        var stored = File.ReadAllBytes(path);
        return stored.Length >= 32 ? stored : throw new InvalidOperationException($"{path} is not a token key (under 32 bytes): delete it to make a new one, which voids every link sent.");
    }
}
