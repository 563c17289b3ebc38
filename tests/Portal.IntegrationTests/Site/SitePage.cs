using Portal.IntegrationTests.Fixtures;

namespace Portal.IntegrationTests.Site;

/// <summary>A page as the browser gets it: status, media type and text.</summary>
public sealed record SitePage(int Status, string? MediaType, string Text)
{
    public static async Task<SitePage> GetAsync(PortalApp app, string path)
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new SitePage((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, text);
    }
}
