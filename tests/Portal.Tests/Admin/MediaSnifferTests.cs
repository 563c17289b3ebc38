using System.Text;
using Portal.Admin.Media;

namespace Portal.Tests.Admin;

public sealed class MediaSnifferTests
{
    public static TheoryData<byte[], string> Accepted => new()
    {
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "image/png" },
        { [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F'], "image/jpeg" },
        { Encoding.ASCII.GetBytes("GIF87a\u0001\u0000"), "image/gif" },
        { Encoding.ASCII.GetBytes("GIF89a\u0001\u0000"), "image/gif" },
        { Encoding.ASCII.GetBytes("RIFF\u0024\u0000\u0000\u0000WEBPVP8 "), "image/webp" },
        { Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3"), "application/pdf" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Each_accepted_type_is_recognised_by_its_signature(byte[] head, string contentType)
    {
        Assert.Equal(contentType, MediaSniffer.Detect(head)?.ContentType);
        Assert.False(MediaSniffer.LooksLikeSvg(head));
    }

    [Theory]
    [InlineData("<?php system($_GET['c']); ?>")]
    [InlineData("<html><body><script>alert(1)</script></body></html>")]
    [InlineData("RIFF\u0024\u0000\u0000\u0000WAVEfmt ")]
    [InlineData("GIF88a")]
    [InlineData("%PDF")]
    [InlineData(" %PDF-1.4")]
    [InlineData("")]
    public void Anything_else_is_not_detected_whatever_it_resembles(string text)
    {
        Assert.Null(MediaSniffer.Detect(Encoding.Latin1.GetBytes(text)));
    }

    [Fact]
    public void A_png_signature_cut_short_is_not_a_png()
    {
        Assert.Null(MediaSniffer.Detect([0x89, 0x50, 0x4E, 0x47]));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("\uFEFF<?xml version=\"1.0\"?>\n<SVG onload=\"alert(1)\"/>")]
    [InlineData("  \n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x\">\n<svg/>")]
    public void Svg_is_recognised_to_be_refused_with_its_own_reason(string text)
    {
        var head = Encoding.UTF8.GetBytes(text);
        Assert.True(MediaSniffer.LooksLikeSvg(head));
        Assert.Null(MediaSniffer.Detect(head));
    }

    [Fact]
    public void Text_that_only_mentions_svg_is_not_taken_for_svg()
    {
        Assert.False(MediaSniffer.LooksLikeSvg(Encoding.UTF8.GetBytes("notes about <svg> files")));
    }
}
