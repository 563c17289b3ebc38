using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Import;
using Portal.Content.Storage;
using Portal.Digests.Subscriptions;

namespace Portal.IntegrationTests.Digests;

/// <summary>
/// The site for one digests test: its own folders, SQLite database and a copy of the repository's
/// content (for its clusters), mail through SMTP to the test's aiosmtpd. The verb runs as a child
/// process of the built program, on the same folders and database, as an operator would run it.
/// </summary>
public sealed class DigestsSite : WebApplicationFactory<Program>
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

    /// <summary>The site on <paramref name="provider"/> (<c>Sqlite</c>, or <c>PostgreSQL</c> in a new database of <paramref name="postgres"/>).</summary>
    public static async Task<DigestsSite> StartAsync(AiosmtpdServer smtp, string provider, DigestsPostgres postgres, IReadOnlyDictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string>(settings ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        if (provider == "PostgreSQL")
        {
            all["Portal:Database:Provider"] = provider;
            all["ConnectionStrings:Portal"] = await postgres.CreateDatabaseAsync();
        }

        return Start(smtp, all);
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

    /// <summary>An active daily subscription written straight into the database, as if confirmed an hour ago.</summary>
    public Task AddActiveSubscriptionAsync(string email, params string[] clusters) => QueryAsync(async db =>
    {
        var confirmed = DateTime.UtcNow.AddHours(-1);
        var subscription = new Subscription
        {
            Id = Guid.CreateVersion7(),
            Email = email,
            Culture = "en",
            Frequency = DigestFrequency.Daily,
            Status = SubscriptionStatus.Active,
            ConfirmStamp = Convert.ToHexString(Guid.NewGuid().ToByteArray()),
            CreatedUtc = confirmed,
            ConfirmedUtc = confirmed,
            ModifiedUtc = confirmed,
        };
        subscription.SetClusters(clusters);
        db.Add(subscription);
        return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    });

    public async Task<T> QueryAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    /// <summary>POST /subscribe as a plain form, as the site's own page or a partner's page sends it.</summary>
    public async Task<HttpResponseMessage> SubscribeAsync(string email, string frequency = "daily", string culture = "en", params string[] clusters)
    {
        using var client = CreateClient();
        return await PostSubscribeAsync(client, SubscribeFields(email, frequency, culture, clusters));
    }

    public static List<KeyValuePair<string, string>> SubscribeFields(string email, string frequency = "daily", string culture = "en", params string[] clusters)
    {
        var fields = new List<KeyValuePair<string, string>> { new("email", email), new("frequency", frequency), new("culture", culture) };
        fields.AddRange(clusters.Select(c => new KeyValuePair<string, string>("clusters", c)));
        return fields;
    }

    public static async Task<HttpResponseMessage> PostSubscribeAsync(HttpClient client, IEnumerable<KeyValuePair<string, string>> fields)
    {
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

    /// <summary>Opens a change link mailed to an active subscription (a page with a button) and presses the button.</summary>
    public async Task ApplyChangeLinkAsync(string link)
    {
        using var client = CreateClient();
        var page = await client.GetStringAsync(new Uri(link), TestContext.Current.CancellationToken);
        // In the language of the change asked for: the page is its form, whose button posts back to the link.
        Assert.Contains($"<form method=\"post\" action=\"{WebUtility.HtmlEncode(new Uri(link).PathAndQuery)}\">", page, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">", page, StringComparison.Ordinal);
        using var applied = await client.PostAsync(new Uri(link), content: null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
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

        // As an operator runs it: in Production, whatever the shell running the tests says.
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
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
}
