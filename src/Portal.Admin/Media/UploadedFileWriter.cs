using System.Buffers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Portal.Admin.Media;

/// <summary>
/// Copies an uploaded file as it arrives into a temporary file of the media folder: the type is
/// decided from the first bytes before anything is written, the size is counted while reading (the
/// file is never held in memory), and the SHA-256 is computed on the way.
/// </summary>
public static class UploadedFileWriter
{
    private const int BufferSize = 64 * 1024;

    public static async Task<(ReceivedFile? File, UploadRefusal? Refusal)> WriteAsync(
        Stream body, string? uploadedName, MediaFolder folder, long maxBytes, CancellationToken cancellationToken)
    {
        var head = new byte[MediaSniffer.HeadLength];
        var headLength = await body.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (headLength == 0)
        {
            return (null, new UploadRefusal(StatusCodes.Status400BadRequest, MediaMessages.Empty));
        }

        var type = MediaSniffer.Detect(head.AsSpan(0, headLength));
        if (type is null)
        {
            var message = MediaSniffer.LooksLikeSvg(head.AsSpan(0, headLength)) ? MediaMessages.Svg : MediaMessages.Unknown;
            return (null, new UploadRefusal(StatusCodes.Status400BadRequest, message));
        }

        var output = folder.CreateTemporary();
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = 0;
            var chunk = head.AsMemory(0, headLength);
            while (chunk.Length > 0)
            {
                length += chunk.Length;
                if (length > maxBytes)
                {
                    await DiscardAsync(output);
                    return (null, new UploadRefusal(StatusCodes.Status413PayloadTooLarge, MediaMessages.TooLarge(maxBytes)));
                }

                hash.AppendData(chunk.Span);
                await output.WriteAsync(chunk, cancellationToken);
                chunk = buffer.AsMemory(0, await body.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken));
            }

            await output.DisposeAsync();
            var sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            return (new ReceivedFile(output.Name, uploadedName, type, length, sha256), null);
        }
        catch
        {
            await DiscardAsync(output);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task DiscardAsync(FileStream output)
    {
        await output.DisposeAsync();
        File.Delete(output.Name);
    }
}
