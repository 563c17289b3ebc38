using Portal.Admin;
using Portal.Content;
using Portal.Digests;
using Portal.Search;
using Portal.Site;
using Portal.Web.Api;
using Portal.Web.Health;
using Portal.Web.Hosting;
using Portal.Web.Storage;
using Portal.Web.Verbs;

var command = PortalCommandLine.Parse(args);
if (command.Error is { } error)
{
    await Console.Error.WriteLineAsync($"{error}\n{PortalCommandLine.Usage}");
    return 2;
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = command.HostArgs, ContentRootPath = PortalPaths.ContentRoot() });
builder.AddPortalHosting();
builder.AddPortalStorage();
builder.AddPortalContent();
builder.AddPortalSearch();
builder.AddPortalDigests();
builder.AddPortalHealth();
builder.AddPortalSite();
builder.AddPortalAdmin();

var app = builder.Build();
if (command.Verb is { } verb)
{
    return await VerbRunner.RunAsync(verb, app.Services);
}

app.VerifyPortalDigests();     // refuses to start without the mail templates, the DKIM key or Portal:BaseUrl
app.UseProxyForwarding();      // first: all that follows sees the visitor's address and scheme
app.UsePortalSecurity();       // Host check, HTTP to HTTPS, security headers: before any answer is made
app.UseResponseCompression();
app.UseThemeAssets();          // before routing, so that the site's 404 fallback does not shadow them
app.UseRouting();              // all below see the chosen endpoint: the form guard, the cache policy, authorization
app.UseFormReadingGuard();
app.UseSiteOutputCache();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapPortalHealth();
app.MapContentApi();
app.MapPortalSearch();
app.MapPortalMembers();       // the subscribe, preferences and unsubscribe pages, in the site's theme
app.MapPortalSite();
app.MapPortalAdmin();

await app.RunAsync();
return 0;

/// <summary>The entry point's type, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
