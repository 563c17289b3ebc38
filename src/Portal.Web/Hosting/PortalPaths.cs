using Microsoft.Extensions.Options;
using Portal.Content.Configuration;

namespace Portal.Web.Hosting;

/// <summary>
/// Resolves the configured relative paths against the repository root (the folder holding
/// Portal.sln) when the program runs from a checkout, since <c>dotnet run --project</c> starts it
/// inside src/Portal.Web; otherwise against the content root.
/// </summary>
public sealed class PortalPaths(IHostEnvironment environment) : IPostConfigureOptions<PortalOptions>
{
    public string BasePath { get; } = FindRepositoryRoot(environment.ContentRootPath) ?? environment.ContentRootPath;

    public void PostConfigure(string? name, PortalOptions options)
    {
        options.DataPath = Resolve(options.DataPath);
        options.ContentPath = Resolve(options.ContentPath);
        options.SeedsPath = Resolve(options.SeedsPath);
        options.ThemesPath = Resolve(options.ThemesPath);
    }

    public string Resolve(string path) => Path.GetFullPath(path, BasePath);

    private static string? FindRepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
