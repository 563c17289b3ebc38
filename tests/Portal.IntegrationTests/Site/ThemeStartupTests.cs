using Microsoft.AspNetCore.Hosting;
using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Site;

/// <summary>A broken or missing template fails start-up with the file and line, not the first visit.</summary>
public sealed class ThemeStartupTests
{
    [Fact]
    public async Task A_broken_template_in_the_theme_fails_start_up_with_its_file_and_line()
    {
        await using var app = await PortalApp.CreateAsync(SqliteFiles.Instance);
        var themes = Directory.CreateTempSubdirectory("portal-themes-").FullName;
        try
        {
            Repository.CopyFolder(Path.Combine(Repository.Root, "themes", "Galaxy"), Path.Combine(themes, "Broken"));
            var file = Path.Combine(themes, "Broken", "templates", "home.liquid");
            File.WriteAllText(file, "<h1>{{ site.name }}</h1>\n<p>fine</p>\n{% frobnicate %}\n");

            var failure = Assert.ThrowsAny<Exception>(() => Start(app, themes, "Broken"));

            Assert.Contains($"{file}:3:", failure.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(themes, recursive: true);
        }
    }

    [Fact]
    public async Task A_theme_that_does_not_exist_fails_start_up_naming_its_folder()
    {
        await using var app = await PortalApp.CreateAsync(SqliteFiles.Instance);

        var failure = Assert.ThrowsAny<Exception>(() => Start(app, Path.Combine(Repository.Root, "themes"), "NoSuchTheme"));

        Assert.Contains("NoSuchTheme", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_theme_template_overrides_the_built_in_one_of_the_same_name()
    {
        await using var app = await PortalApp.CreateAsync(SqliteFiles.Instance);
        var themes = Directory.CreateTempSubdirectory("portal-themes-").FullName;
        try
        {
            Repository.CopyFolder(Path.Combine(Repository.Root, "themes", "Galaxy"), Path.Combine(themes, "Custom"));
            File.WriteAllText(Path.Combine(themes, "Custom", "templates", "404.liquid"), "<p class=\"custom-404\">{{ t.not_found_title }}</p>\n");
            using var custom = app.WithWebHostBuilder(b => b.UseSetting("Portal:ThemesPath", themes).UseSetting("Portal:Theme", "Custom").UseSetting("Portal:DataPath", Path.Combine(themes, "data")));
            using var client = custom.CreateClient();

            using var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative), TestContext.Current.CancellationToken);
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            Assert.Equal(404, (int)response.StatusCode);
            Assert.Contains("<p class=\"custom-404\">Page not found</p>", text, StringComparison.Ordinal);
            Assert.Contains("class=\"site-header\"", text, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(themes, recursive: true);
        }
    }

    [Theory]
    [InlineData("Development", "home.liquid")]
    [InlineData("Production", "class=\"wrap narrow error-page\"")]
    public async Task A_render_error_shows_the_file_in_development_and_the_themes_500_page_otherwise(string environment, string expected)
    {
        await using var app = await PortalApp.CreateAsync(SqliteFiles.Instance);
        var themes = Directory.CreateTempSubdirectory("portal-themes-").FullName;
        try
        {
            Repository.CopyFolder(Path.Combine(Repository.Root, "themes", "Galaxy"), Path.Combine(themes, "Failing"));
            File.WriteAllText(Path.Combine(themes, "Failing", "templates", "home.liquid"), "<p>{{ 1 | divided_by: 0 }}</p>\n");
            using var failing = app.WithWebHostBuilder(b => b.UseEnvironment(environment).UseSetting("Portal:BaseUrl", "http://portal.test").UseSetting("Portal:ThemesPath", themes).UseSetting("Portal:Theme", "Failing")
                .UseSetting("Portal:DataPath", Path.Combine(themes, "data")));
            using var client = failing.CreateClient();

            using var response = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            Assert.Equal(500, (int)response.StatusCode);
            Assert.Contains(expected, text, StringComparison.Ordinal);
            Assert.DoesNotContain(" at Portal.", text, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(themes, recursive: true);
        }
    }

    private static void Start(PortalApp app, string themesPath, string theme)
    {
        using var other = app.WithWebHostBuilder(b => b.UseSetting("Portal:ThemesPath", themesPath).UseSetting("Portal:Theme", theme).UseSetting("Portal:DataPath", Directory.CreateTempSubdirectory("portal-data-").FullName));
        using var client = other.CreateClient();
    }
}
