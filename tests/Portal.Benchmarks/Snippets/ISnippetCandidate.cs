namespace Portal.Benchmarks.Snippets;

/// <summary>A way of writing snippets, compared with the others on the same hits.</summary>
public interface ISnippetCandidate : IDisposable
{
    string Name { get; }

    /// <summary>Whatever it needs before the first hit (an index of its own with term vectors or offsets).</summary>
    void Prepare(IReadOnlyList<SnippetInput> inputs);

    /// <summary>The snippet of <c>inputs[index]</c>, as HTML.</summary>
    string Write(int index);

    /// <summary>The bytes of the index it needs for the hits it was prepared with; null for the portal's own index.</summary>
    long? IndexBytes { get; }
}
