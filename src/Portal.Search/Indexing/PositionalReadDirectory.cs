using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Portal.Search.Indexing;

/// <summary>
/// An index folder read with positional reads (<see cref="RandomAccess"/>, <c>pread</c> on Linux): one
/// system call per buffer refill, with no lock and no shared file position. <see cref="NIOFSDirectory"/>
/// in this Lucene.Net release goes through a <see cref="FileStream"/> (seek, length check, copy) for
/// each refill, which made a third of a search's time; <see cref="MMapDirectory"/> is what the issue
/// warns against (slow under parallel searches, crashes: Lucene.Net issues 1151 and 1013).
/// </summary>
public sealed class PositionalReadDirectory(DirectoryInfo path) : FSDirectory(path, null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = OpenFile(name);
        return new PositionalReadInput($"PositionalReadInput({name})", file, 0, RandomAccess.GetLength(file), BufferedIndexInput.GetBufferSize(context), ownsFile: true);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(name, OpenFile(name), BufferedIndexInput.GetBufferSize(context));
    }

    private SafeFileHandle OpenFile(string name) =>
        File.OpenHandle(System.IO.Path.Combine(Directory.FullName, name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    /// <summary>The parts of a compound file, each read from the one open file.</summary>
    private sealed class Slicer(string name, SafeFileHandle file, int bufferSize) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new PositionalReadInput($"PositionalReadInput({sliceDescription} in {name})", file, offset, length, bufferSize, ownsFile: false);

        [Obsolete("Only for the compound files of 3.x indexes, which this index never has.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full", 0, RandomAccess.GetLength(file));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                file.Dispose();
            }
        }
    }
}
