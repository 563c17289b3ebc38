using System.Text;
using MimeKit.IO;

namespace Portal.Digests.Composition;

/// <summary>
/// A text rendered once with markers where each member's values go, kept as UTF-8 pieces: a member's
/// copy is written piece by piece into a stream of small blocks, never built as one string the size
/// of a mail (which would land on the large-object heap once per message).
/// </summary>
public sealed class MarkedText
{
    private readonly List<byte[]> pieces = [];
    private readonly List<int> slots = [];

    public MarkedText(string text, IReadOnlyList<string> markers)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(markers);
        var start = 0;
        while (Next(text, start, markers) is (var at, var slot))
        {
            pieces.Add(Encoding.UTF8.GetBytes(text[start..at]));
            slots.Add(slot);
            start = at + markers[slot].Length;
        }

        pieces.Add(Encoding.UTF8.GetBytes(text[start..]));
    }

    /// <summary>The text with <paramref name="values"/>[i] in place of marker i, as UTF-8.</summary>
    public Stream Write(IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var stream = new MemoryBlockStream();
        for (var i = 0; i < pieces.Count; i++)
        {
            stream.Write(pieces[i]);
            if (i < slots.Count)
            {
                stream.Write(Encoding.UTF8.GetBytes(values[slots[i]]));
            }
        }

        stream.Position = 0;
        return stream;
    }

    private static (int At, int Slot)? Next(string text, int start, IReadOnlyList<string> markers)
    {
        (int At, int Slot)? first = null;
        for (var slot = 0; slot < markers.Count; slot++)
        {
            var at = text.IndexOf(markers[slot], start, StringComparison.Ordinal);
            if (at >= 0 && (first is null || at < first.Value.At))
            {
                first = (at, slot);
            }
        }

        return first;
    }
}
