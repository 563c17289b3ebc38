using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// The built Portal.Web running as a child process on a free loopback port (a browser cannot reach
/// an in-memory test server), with its own data folder and the repository's content, and Debian's
/// Chromium driven by Playwright. Playwright never downloads a browser here.
/// </summary>
public sealed class RunningSite : IAsyncLifetime
{
    public static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    private Process? process;
    private IPlaywright? playwright;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The site's data folder: its mail lands in <c>mail/</c> as <c>.eml</c> files (the default delivery).</summary>
    public string DataPath { get; } = Directory.CreateTempSubdirectory("portal-browser-").FullName;

    public IBrowser Browser { get; private set; } = null!;

    public static string Root { get; } = FindRoot();

    /// <summary>The site's program, built in the configuration of these tests.</summary>
    public static string WebDll { get; } = Path.Combine(
        Root, "src", "Portal.Web", "bin", new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name, "net10.0", "Portal.Web.dll");

    public static string ArtifactsPath { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots")).FullName;

    public async ValueTask InitializeAsync()
    {
        var dll = WebDll;
        Assert.True(File.Exists(dll), $"{dll} is not built");
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Root };
        foreach (var arg in new[] { "exec", dll, "--urls", BaseUrl })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Portal__DataPath"] = DataPath;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Portal__BaseUrl"] = BaseUrl;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitForHealthAsync();

        Assert.True(File.Exists("/usr/bin/chromium"), "/usr/bin/chromium is missing: tests/run.sh installs Debian's chromium");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Assertions.SetDefaultExpectTimeout(20_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>An administrator made by the site's own <c>users create-admin</c> verb, on the running site's data folder.</summary>
    public async Task CreateAdminAsync(string email, string password)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Root };
        foreach (var arg in new[] { "exec", WebDll, "users", "create-admin", "--email", email })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Portal__DataPath"] = DataPath;
        start.Environment["PORTAL_ADMIN_PASSWORD"] = password;
        using var verb = Process.Start(start)!;
        var errors = verb.StandardError.ReadToEndAsync();
        await verb.StandardOutput.ReadToEndAsync();
        await verb.WaitForExitAsync();
        Assert.True(verb.ExitCode == 0, $"users create-admin exited with {verb.ExitCode}: {await errors}");
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, AcceptDownloads = true });
        // Playwright's 30 s per action is for a quiet machine; a loaded CI runner needs more before a wait means a bug.
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>Keeps a full-page screenshot as a test artifact under the test results folder.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(ArtifactsPath, name + ".png");
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.AddAttachment(name + ".png", bytes, "image/png");
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // The system cleans its temporary folder.
        }
    }

    private async Task WaitForHealthAsync()
    {
        using var client = new HttpClient();
        // Generous: the first start migrates and indexes, while the other test projects share the 2 cores.
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (true)
        {
            Assert.False(process!.HasExited, $"the site exited with {(process.HasExited ? process.ExitCode : 0)} before answering");
            try
            {
                using var response = await client.GetAsync(new Uri(BaseUrl + "/health"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Assert.True(DateTime.UtcNow < deadline, "the site did not answer /health within 180 s");
            await Task.Delay(250);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
    }
}
