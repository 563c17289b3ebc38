using Portal.Content.Taxonomies;
using Portal.Tests.Support;

[assembly: AssemblyFixture(typeof(SeedsFixture))]

namespace Portal.Tests.Support;

/// <summary>
/// The real set-up data of <c>seeds/</c>, loaded once for every test. The taxonomy is only read,
/// never changed, so sharing it across tests that run in parallel is safe.
/// </summary>
public sealed class SeedsFixture
{
    public SeedsFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        SeedsPath = Path.Combine(RepositoryRoot, "seeds");
        Taxonomy = TaxonomyLoader.Load(SeedsPath);
    }

    /// <summary>The folder that holds <c>Portal.sln</c>.</summary>
    public string RepositoryRoot { get; }

    public string SeedsPath { get; }

    public Taxonomy Taxonomy { get; }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Portal.sln.");
    }
}
