using Portal.Search.Querying;

namespace Portal.Benchmarks.Snippets;

/// <summary>The portal's own <see cref="SnippetWriter"/>, on the stored body and the query's analysed terms.</summary>
public sealed class PortalSnippets(SnippetWriter writer) : ISnippetCandidate
{
    private IReadOnlyList<SnippetInput> inputs = [];

    public string Name => "SnippetWriter";

    public long? IndexBytes => null;

    public void Prepare(IReadOnlyList<SnippetInput> inputs) => this.inputs = inputs;

    public string Write(int index) => writer.Write(inputs[index].Text, inputs[index].Culture, inputs[index].Terms);

    public void Dispose()
    {
    }
}
