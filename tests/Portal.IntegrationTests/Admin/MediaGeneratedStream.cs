namespace Portal.IntegrationTests.Admin;

/// <summary>
/// A long upload that never exists in memory: <paramref name="head"/>, then zeros up to
/// <paramref name="length"/> bytes. <see cref="Served"/> counts what the client was asked for, so a
/// test can tell how much of it the server read before answering. A seekable one is sent with its
/// length announced (Content-Length); another one is sent in chunks, its length unknown.
/// </summary>
public sealed class MediaGeneratedStream(byte[] head, long length, bool seekable) : Stream
{
    public long Served { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => seekable;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => Served;
        set => _ = value == Served ? value : throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - Served);
        var fromHead = (int)Math.Clamp(head.Length - Served, 0, count);
        head.AsSpan((int)Math.Min(Served, head.Length), fromHead).CopyTo(buffer);
        buffer[fromHead..count].Clear();
        Served += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
