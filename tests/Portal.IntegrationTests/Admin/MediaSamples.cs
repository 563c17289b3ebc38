using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Portal.IntegrationTests.Admin;

/// <summary>Files to upload: real PNG images (each shade a different file), a PDF, and impostors.</summary>
public static class MediaSamples
{
    public const string Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

    public const string Php = "<?php system($_GET['c']); ?>\n";

    public const string SvgWithScript =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(document.cookie)</script></svg>\n";

    /// <summary>A 4×4 grey PNG of the given shade: signature, IHDR, one zlib IDAT, IEND, each chunk with its CRC.</summary>
    public static byte[] Png(byte shade = 0x80)
    {
        const int size = 4;
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), size);
        header[8] = 8; // bit depth; colour type 0 (grey), default compression, filter, no interlace
        var rows = new byte[size * (size + 1)];
        for (var row = 0; row < size; row++)
        {
            rows.AsSpan(row * (size + 1) + 1, size).Fill(shade); // filter byte 0, then the pixels
        }

        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(rows);
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", pixels.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
