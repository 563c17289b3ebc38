using System.Collections.Concurrent;
using System.Diagnostics;

namespace Portal.Benchmarks.Generate;

/// <summary>Writes a set of content files: plans every item first (sequentially), then writes them in parallel.</summary>
public sealed class ContentGenerator(SeedTerms terms, int seed)
{
    public GenerationSummary Generate(string folder, int files)
    {
        var stopwatch = Stopwatch.StartNew();
        var root = Path.GetFullPath(folder);
        var plan = new ContentPlanner(terms, seed).Plan(files);
        foreach (var directory in plan.Items.Select(i => i.Folder).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(Path.Combine(root, directory));
        }

        var writer = new ItemWriter(plan, terms, root, seed);
        var written = new ConcurrentBag<WrittenFile>();
        Parallel.ForEach(plan.Items, item =>
        {
            foreach (var file in writer.Write(item))
            {
                written.Add(file);
            }
        });
        return GenerationSummary.Of(root, [.. written], stopwatch.Elapsed);
    }
}
