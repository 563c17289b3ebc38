using Portal.Benchmarks.Cli;

namespace Portal.Benchmarks.Hosting;

/// <summary>
/// Where things are: the repository root (the folder holding Portal.sln, found upwards from this
/// program), its <c>seeds/</c>, and the built Portal.Web.dll that the scenarios run as a child process:
/// by default the one of the same configuration as this harness (<c>-c Release</c> builds both).
/// </summary>
public sealed class BenchmarkPaths(string repositoryRoot, string webDll)
{
    public string RepositoryRoot => repositoryRoot;

    public string SeedsPath => Path.Combine(repositoryRoot, "seeds");

    /// <summary>The dotnet host that runs Portal.Web.dll: the one the SDK names, else the one on the PATH.</summary>
    public static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public string WebDll => File.Exists(webDll)
        ? webDll
        : throw new UsageException($"{webDll} does not exist: build src/Portal.Web in this configuration first, or name the dll with --web");

    public static BenchmarkPaths Find(string? webDll)
    {
        var baseDirectory = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var root = new DirectoryInfo(baseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Portal.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new UsageException($"no Portal.sln above {baseDirectory}: run the harness from a checkout");
        }

        // bin/<Configuration>/<TargetFramework>/ of this harness names the same folders of Portal.Web.
        var framework = Path.GetFileName(baseDirectory);
        var configuration = Path.GetFileName(Path.GetDirectoryName(baseDirectory)) ?? "Release";
        var dll = webDll is null
            ? Path.Combine(root.FullName, "src", "Portal.Web", "bin", configuration, framework, "Portal.Web.dll")
            : Path.GetFullPath(webDll);
        return new BenchmarkPaths(root.FullName, dll);
    }
}
