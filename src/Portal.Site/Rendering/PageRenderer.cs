using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Content.Configuration;
using Portal.Content.Taxonomies;
using Portal.Content.Urls;
using Portal.Site.Theming;
using Portal.Templating;

namespace Portal.Site.Rendering;

/// <summary>
/// Renders a page's template, then the layout around it, with what every page shares: the site,
/// the culture and its direction, the theme's words and assets, the language switch, and the head.
/// A render error shows the template's file in Development and the theme's 500 page otherwise.
/// </summary>
public sealed class PageRenderer(
    TemplateStore templates, ThemeLocales locales, ThemeAssets assets, SiteCultures cultures, Taxonomy taxonomy, SiteUrls urls,
    IOptions<PortalOptions> options, IHostEnvironment environment, ILogger<PageRenderer> logger)
{
    public IReadOnlyDictionary<string, string> Words(SiteCulture culture) => locales.For(culture.Code);

    public async Task<IResult> RenderAsync(HttpContext http, SiteCulture culture, PageView view)
    {
        try
        {
            return Html(RenderPage(http, culture, view), view.Status);
        }
        catch (TemplateRenderException e)
        {
            logger.LogError(e, "Rendering {Template} failed", view.Template);
            if (environment.IsDevelopment())
            {
                return Html($"<!doctype html><meta charset=utf-8><title>Template error</title><h1>Template error</h1><pre>{WebUtility.HtmlEncode(e.Message)}</pre>", 500);
            }

            return await ErrorAsync(http, culture);
        }
    }

    /// <summary>The theme's 404 page in a culture.</summary>
    public Task<IResult> NotFoundAsync(HttpContext http, SiteCulture culture) =>
        RenderAsync(http, culture, new PageView("404", locales.Text(culture.Code, "not_found_title"), null, []) { Status = 404 });

    /// <summary>The theme's 400 page in a culture: a request the site could not read.</summary>
    public Task<IResult> BadRequestAsync(HttpContext http, SiteCulture culture, int status = 400) =>
        RenderAsync(http, culture, new PageView("400", locales.Text(culture.Code, "bad_request_title"), null, []) { Status = status });

    private async Task<IResult> ErrorAsync(HttpContext http, SiteCulture culture)
    {
        try
        {
            return Html(RenderPage(http, culture, new PageView("500", locales.Text(culture.Code, "error_title"), null, []) { Status = 500 }), 500);
        }
        catch (TemplateRenderException e)
        {
            logger.LogError(e, "Rendering the 500 page failed");
            return Html("<!doctype html><meta charset=utf-8><title>Error</title><h1>Something went wrong</h1>", 500);
        }
    }

    private string RenderPage(HttpContext http, SiteCulture culture, PageView view)
    {
        var words = Words(culture);
        var model = new LiquidModel
        {
            ["site"] = new LiquidModel
            {
                ["name"] = taxonomy.Site.Name.In(culture.Code),
                ["tagline"] = taxonomy.Site.Tagline.In(culture.Code),
                ["home"] = culture.Path("/"),
                ["subscribe"] = urls.Subscribe(culture.Code),
                ["suggest"] = urls.Suggest(culture.Code),
            },
            ["culture"] = culture.Code,
            ["dir"] = culture.Dir,
            ["prefix"] = culture.Prefix,
            ["t"] = words,
            ["assets"] = assets.Urls,
            ["page"] = view.Model,
        };
        foreach (var (key, value) in view.Model)
        {
            model.TryAdd(key, value);
        }

        var body = templates.Render(view.Template, model, culture.Format);
        model["content"] = new RawHtml(body);
        model["head"] = Head(http, culture, view, words);
        model["languages"] = Languages(http, culture, view);
        return templates.Render("layout", model, culture.Format);
    }

    private LiquidModel Head(HttpContext http, SiteCulture culture, PageView view, IReadOnlyDictionary<string, string> words)
    {
        var origin = Origin(http);
        var translations = Alternates(http, view);
        var alternates = translations.Select(a => new LiquidModel { ["hreflang"] = a.Key, ["href"] = origin + a.Value }).ToList();
        var canonicalPath = view.ShownCulture is { } shown && view.Translations?.GetValueOrDefault(shown) is { } original ? original : http.Request.Path.Value ?? "/";
        var siteName = taxonomy.Site.Name.In(culture.Code);
        var fallback = view.ShownCulture is { } shownCulture && shownCulture != culture.Code;
        return new LiquidModel
        {
            ["title"] = view.Title.Length == 0 || view.Title == siteName ? siteName : $"{view.Title} · {siteName}",
            ["page_title"] = view.Title,
            ["description"] = Views.Truncate(view.Description ?? taxonomy.Site.Tagline.In(culture.Code), 300),
            ["canonical"] = origin + canonicalPath,
            ["alternates"] = alternates,
            ["og_type"] = view.OpenGraphType,
            ["og_locale"] = OpenGraphLocales.Of(culture.Code),
            ["og_locale_alternates"] = translations.Keys.Where(c => c != culture.Code).Select(OpenGraphLocales.Of).ToList(),
            ["json_ld"] = view.JsonLd is { } jsonLd ? new RawHtml(jsonLd) : null,
            ["fallback"] = fallback,
            ["fallback_notice"] = fallback ? string.Format(culture.Format, words.GetValueOrDefault("fallback_notice", "{0}"), words.GetValueOrDefault("language_" + view.ShownCulture, view.ShownCulture ?? "")) : null,
            ["shown_culture"] = view.ShownCulture ?? culture.Code,
            ["shown_dir"] = SiteCulture.DirOf(view.ShownCulture ?? culture.Code),
            ["noindex"] = view.Personal || view.Draft,
            ["draft"] = view.Draft,
        };
    }

    private List<LiquidModel> Languages(HttpContext http, SiteCulture current, PageView view)
    {
        // A culture without a translation gets this page under its prefix: the original, with the notice, in that culture's frame.
        var alternates = Alternates(http, view);
        var path = view.Status == 200 && !view.Personal ? urls.Unprefixed(http.Request.Path.Value ?? "/") : "/";
        return [.. cultures.All.Select(c => new LiquidModel
        {
            ["code"] = c.Code,
            ["name"] = locales.Text(c.Code, "language_name"),
            ["url"] = alternates.GetValueOrDefault(c.Code) ?? c.Path(path),
            ["current"] = c.Code == current.Code,
            ["dir"] = c.Dir,
        })];
    }

    /// <summary>This page in each site culture: its translations where it has them, else the same path under each prefix.</summary>
    private Dictionary<string, string> Alternates(HttpContext http, PageView view)
    {
        if (view.Status != 200 || view.Personal)
        {
            return [];
        }

        var path = urls.Unprefixed(http.Request.Path.Value ?? "/");
        var query = http.Request.QueryString.HasValue && http.Request.QueryString.Value!.Length < 300 ? http.Request.QueryString.Value : "";
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in cultures.All)
        {
            if (view.Translations is { } translations)
            {
                if (translations.TryGetValue(culture.Code, out var url))
                {
                    result[culture.Code] = url;
                }
            }
            else
            {
                result[culture.Code] = culture.Path(path) + query;
            }
        }

        return result;
    }

    public string Origin(HttpContext http) =>
        options.Value.BaseUrl is { Length: > 0 } baseUrl ? baseUrl.TrimEnd('/') : $"{http.Request.Scheme}://{http.Request.Host}";

    private static IResult Html(string html, int status) =>
        Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
}
