using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Portal.Search.Indexing;

/// <summary>A file, or a slice of one, read at explicit positions, so clones share the file without sharing a position.</summary>
public sealed class PositionalReadInput : BufferedIndexInput
{
    private readonly SafeFileHandle file;
    private readonly long start;
    private readonly long length;
    private bool ownsFile;

    public PositionalReadInput(string description, SafeFileHandle file, long start, long length, int bufferSize, bool ownsFile)
        : base(description, bufferSize)
    {
        this.file = file;
        this.start = start;
        this.length = length;
        this.ownsFile = ownsFile;
    }

    public override long Length => length;

    public override object Clone()
    {
        var clone = (PositionalReadInput)base.Clone();
        clone.ownsFile = false;
        return clone;
    }

    protected override void ReadInternal(byte[] b, int offset, int length)
    {
        var position = Position;
        if (position + length > this.length)
        {
            throw new EndOfStreamException($"read past the end: {this}");
        }

        var target = b.AsSpan(offset, length);
        while (target.Length > 0)
        {
            var read = RandomAccess.Read(file, target, start + position);
            if (read <= 0)
            {
                throw new EndOfStreamException($"read past the end (the file shrank?): {this}");
            }

            position += read;
            target = target[read..];
        }
    }

    protected override void SeekInternal(long pos)
    {
        // Every read says where it reads from: nothing to move.
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && ownsFile)
        {
            file.Dispose();
        }
    }
}
