using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Import;
using Portal.Content.Storage;

namespace Portal.IntegrationTests.Digests;

/// <summary>
/// The site for one digests test: its own folders, SQLite database and a copy of the repository's
/// content (for its clusters), mail through SMTP to the test's aiosmtpd. The verb runs as a child
/// process of the built program, on the same folders and database, as an operator would run it.
/// </summary>
public sealed partial class DigestsSite : WebApplicationFactory<Program>
{
    public const string BaseUrl = "http://portal.test";

    private readonly string root;
    private readonly Dictionary<string, string> settings;

    private DigestsSite(AiosmtpdServer smtp, IReadOnlyDictionary<string, string>? extra)
    {
        root = Directory.CreateTempSubdirectory("portal-digests-").FullName;
        CopyFolder(Path.Combine(RepositoryRoot, "content"), ContentPath);
        Directory.CreateDirectory(DataPath);
        settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Portal:DataPath"] = DataPath,
            ["Portal:ContentPath"] = ContentPath,
            ["Portal:SeedsPath"] = Path.Combine(RepositoryRoot, "seeds"),
            ["Portal:BaseUrl"] = BaseUrl,
            ["Portal:Mail:From"] = "digests@portal.test",
            ["Portal:Mail:Delivery"] = "Smtp",
            ["Portal:Mail:Smtp:Host"] = "127.0.0.1",
            ["Portal:Mail:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Portal:Mail:Smtp:Security"] = "None",
            ["Portal:Mail:Smtp:TimeoutSeconds"] = "5",
            ["Portal:Digests:RunInBackground"] = "false",
            ["Portal:Digests:TriesPerPass"] = "2",
            ["Portal:Digests:RetryDelaySeconds"] = "0.05",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "None",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public string DataPath => Path.Combine(root, "data");

    public string ContentPath => Path.Combine(root, "content");

    public static DigestsSite Start(AiosmtpdServer smtp, IReadOnlyDictionary<string, string>? settings = null)
    {
        var site = Create(smtp, settings);
        site.StartServer();
        return site;
    }

    /// <summary>The site, not yet started (for a test that expects it not to start).</summary>
    public static DigestsSite Create(AiosmtpdServer smtp, IReadOnlyDictionary<string, string>? settings = null) => new(smtp, settings);

    /// <summary>Writes a News item in the given clusters and imports it: it goes live now.</summary>
    public async Task PublishNewsAsync(string id, string title, params string[] clusters)
    {
        var path = Path.Combine(ContentPath, "news", $"{id}.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, $"""
            ---
            type: News
            id: {id}
            title: {title}
            summary: About {title}.
            published: 2026-01-15
            clusters: [{string.Join(", ", clusters)}]
            ---
            Text of {title}.
            """, TestContext.Current.CancellationToken);
        var report = await Services.GetRequiredService<ContentImporter>().ImportAsync(new ImportRequest(), progress: null, TestContext.Current.CancellationToken);
        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
    }

    public async Task<T> QueryAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    /// <summary>GET /subscribe, then POST the form with its antiforgery token, as a browser does.</summary>
    public async Task<HttpResponseMessage> SubscribeAsync(string email, string frequency = "daily", string culture = "en", params string[] clusters)
    {
        using var client = CreateClient();
        var form = await client.GetStringAsync(new Uri("/subscribe", UriKind.Relative), TestContext.Current.CancellationToken);
        var token = AntiforgeryField().Match(form).Groups[1].Value;
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", WebUtility.HtmlDecode(token)),
            new("email", email),
            new("frequency", frequency),
            new("culture", culture),
        };
        fields.AddRange(clusters.Select(c => new KeyValuePair<string, string>("clusters", c)));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri("/subscribe", UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    /// <summary>Subscribes, finds the confirmation mail and opens its link: an active subscription.</summary>
    public async Task ConfirmedSubscriberAsync(AiosmtpdServer smtp, string email, string frequency = "daily", string culture = "en", params string[] clusters)
    {
        using var response = await SubscribeAsync(email, frequency, culture, clusters);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var mail = Assert.Single(smtp.MessagesTo(email));
        var link = ConfirmLink(mail.TextBody);
        using var client = CreateClient();
        using var confirmed = await client.GetAsync(new Uri(link), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
    }

    public static string ConfirmLink(string? text) => Regex.Match(text ?? "", @"http://portal\.test/subscribe/confirm\?token=[A-Za-z0-9_%-]+").Value;

    /// <summary>Runs the built program with a verb on this site's folders and database.</summary>
    public async Task<(int ExitCode, string Output, string Error)> RunVerbAsync(params string[] words)
    {
        using var process = StartVerb(words);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    public Process StartVerb(params string[] words)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Portal.Web.dll"));
        foreach (var word in words)
        {
            start.ArgumentList.Add(word);
        }

        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}");
            start.ArgumentList.Add(value);
        }

        return Process.Start(start)!;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Portal.sln not found above the test's folder.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
