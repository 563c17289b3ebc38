using System.Globalization;
using Microsoft.Extensions.Options;
using Portal.Content.Configuration;
using Portal.Content.Types;
using Portal.IntegrationTests.Fixtures;
using Portal.Site.Rendering;
using Portal.Site.Theming;
using Portal.Templating;

namespace Portal.IntegrationTests.Site;

/// <summary>The template store on its own: every render in a context of its own, under its limits.</summary>
public sealed class TemplateStoreTests : IDisposable
{
    private readonly string themes = Directory.CreateTempSubdirectory("portal-themes-").FullName;

    [Fact]
    public void An_assignment_does_not_outlive_its_render()
    {
        var store = Store("{% if leaked %}LEAK{% endif %}{% assign leaked = true %}ok");

        Assert.Equal("ok", store.Render("probe", new LiquidModel(), CultureInfo.InvariantCulture));
        Assert.Equal("ok", store.Render("probe", new LiquidModel(), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Strings_are_encoded_unless_they_are_raw_html()
    {
        var store = Store("{{ text }}|{{ html }}");

        var output = store.Render("probe", new LiquidModel { ["text"] = "<b>&</b>", ["html"] = new RawHtml("<i>ok</i>") }, CultureInfo.InvariantCulture);

        Assert.Equal("&lt;b&gt;&amp;&lt;/b&gt;|<i>ok</i>", output);
    }

    [Fact]
    public void A_title_cut_by_truncate_never_cuts_an_entity_in_half()
    {
        var store = Store("{{ title | truncate: 12 }}");

        var output = store.Render("probe", new LiquidModel { ["title"] = "Roads & rails & bridges" }, CultureInfo.InvariantCulture);

        Assert.Equal("Roads &amp; r...", output);
    }

    [Fact]
    public void A_script_in_a_title_is_encoded_and_other_scripts_stay_readable()
    {
        var store = Store("<h1>{{ title }}</h1>");

        var output = store.Render("probe", new LiquidModel { ["title"] = "<script>alert(1)</script> 海绵城市 طرابلس" }, CultureInfo.InvariantCulture);

        Assert.Equal("<h1>&lt;script&gt;alert(1)&lt;/script&gt; 海绵城市 طرابلس</h1>", output);
    }

    [Fact]
    public void A_loop_that_writes_nothing_stops_at_the_time_limit()
    {
        var store = Store("{% for i in (1..100000000) %}{% endfor %}done", new SiteOptions { MaxSteps = int.MaxValue, TimeoutMilliseconds = 200 });

        var failure = Assert.Throws<TemplateRenderException>(() => store.Render("probe", new LiquidModel(), CultureInfo.InvariantCulture));

        Assert.IsAssignableFrom<OperationCanceledException>(failure.InnerException);
    }

    [Fact]
    public void A_runaway_loop_stops_at_the_output_limit()
    {
        var store = Store("{% for i in (1..100000) %}{{ text }}{% endfor %}", new SiteOptions { MaxOutputChars = 10_000 });

        var failure = Assert.Throws<TemplateRenderException>(() => store.Render("probe", new LiquidModel { ["text"] = "0123456789" }, CultureInfo.InvariantCulture));

        Assert.Contains("probe.liquid", failure.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(themes, recursive: true);

    private TemplateStore Store(string probe, SiteOptions? limits = null)
    {
        Repository.CopyFolder(Path.Combine(Repository.Root, "themes", "Galaxy"), Path.Combine(themes, "Probe"));
        File.WriteAllText(Path.Combine(themes, "Probe", "templates", "probe.liquid"), probe);
        var theme = new ThemeFolder(Options.Create(new PortalOptions { ThemesPath = themes, Theme = "Probe" }));
        return new TemplateStore(theme, Options.Create(limits ?? new SiteOptions()), new ContentTypeCatalog(BuiltInContentTypes.All));
    }
}
