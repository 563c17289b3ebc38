using Portal.Benchmarks.Cli;
using Portal.Benchmarks.Hosting;
using Portal.Content.Taxonomies;

namespace Portal.Benchmarks.Generate;

/// <summary><c>generate N FOLDER [--seed S]</c>: writes N content files into FOLDER, which must hold no content files yet.</summary>
public sealed class GenerateScenario(BenchmarkPaths paths)
{
    public int Run(CommandLine line)
    {
        var files = line.PositionalNumber(0, "N", 0, min: ContentPlanner.MinimumFiles);
        var folder = line.Positional(1) ?? throw new UsageException("generate needs N and a FOLDER");
        var seed = line.Number("seed", 42, min: 0);
        line.EnsureAllRead(maxPositionals: 2);
        if (Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Any())
        {
            throw new UsageException($"{folder} already holds .md files; name an empty or new folder");
        }

        var terms = new SeedTerms(TaxonomyLoader.Load(paths.SeedsPath));
        Console.WriteLine(new ContentGenerator(terms, seed).Generate(folder, files));
        return 0;
    }
}
