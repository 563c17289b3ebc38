using Microsoft.Extensions.Options;
using Portal.Content.Configuration;
using Portal.Digests.Mail;

namespace Portal.Web.Hosting;

/// <summary>
/// Resolves the configured relative paths against the repository root (the folder holding
/// Portal.sln) when the program runs from a checkout, since <c>dotnet run --project</c> starts it
/// inside src/Portal.Web; otherwise against the content root.
/// </summary>
public sealed class PortalPaths(IHostEnvironment environment) : IPostConfigureOptions<PortalOptions>, IPostConfigureOptions<MailOptions>
{
    public string BasePath { get; } = FindRepositoryRoot(environment.ContentRootPath) ?? environment.ContentRootPath;

    public void PostConfigure(string? name, PortalOptions options)
    {
        options.DataPath = Resolve(options.DataPath);
        options.ContentPath = Resolve(options.ContentPath);
        options.SeedsPath = Resolve(options.SeedsPath);
        options.ThemesPath = Resolve(options.ThemesPath);
    }

    public void PostConfigure(string? name, MailOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.PickupPath))
        {
            options.PickupPath = Resolve(options.PickupPath);
        }

        if (!string.IsNullOrWhiteSpace(options.Dkim.KeyPath))
        {
            options.Dkim.KeyPath = Resolve(options.Dkim.KeyPath);
        }
    }

    public string Resolve(string path) => Path.GetFullPath(path, BasePath);

    /// <summary>
    /// The current folder when it holds the program's settings (as under <c>dotnet run</c>), else the
    /// program's own folder: the built binary started from anywhere still reads its appsettings.json.
    /// </summary>
    public static string ContentRoot() =>
        File.Exists(Path.Combine(Environment.CurrentDirectory, "appsettings.json")) ? Environment.CurrentDirectory : AppContext.BaseDirectory;

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
