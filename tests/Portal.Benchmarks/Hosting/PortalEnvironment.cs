namespace Portal.Benchmarks.Hosting;

/// <summary>The folders a Portal.Web child process works on, passed as <c>Portal__*</c> environment variables.</summary>
public sealed record PortalEnvironment(string DataPath, string ContentPath, string SeedsPath)
{
    public IEnumerable<KeyValuePair<string, string>> Variables()
    {
        yield return new("Portal__DataPath", DataPath);
        yield return new("Portal__ContentPath", ContentPath);
        yield return new("Portal__SeedsPath", SeedsPath);

        // Production requires the base of links in mail; no mail of a benchmark is ever opened.
        yield return new("Portal__BaseUrl", "http://portal.benchmark.test");

        // The figures are for production settings, whatever the shell running the harness says.
        yield return new("ASPNETCORE_ENVIRONMENT", "Production");
        yield return new("DOTNET_ENVIRONMENT", "Production");
    }
}
