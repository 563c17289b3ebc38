using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Portal.Admin.Security;

/// <summary>
/// The admin's stylesheet and script, embedded in the assembly so that they are there however the
/// host was started; served as files so that the Content Security Policy needs no inline code.
/// </summary>
public static class AdminAssets
{
    public const string RequestPath = "/admin/assets";

    private static readonly Dictionary<string, (byte[] Bytes, string ContentType)> Files = Load();

    public static IEndpointRouteBuilder MapAdminAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet(RequestPath + "/{name}", Serve);
        return app;
    }

    public static IResult Serve(string name, HttpContext context)
    {
        if (!Files.TryGetValue(name, out var file))
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "public, max-age=3600";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Bytes(file.Bytes, file.ContentType);
    }

    private static Dictionary<string, (byte[], string)> Load()
    {
        var assembly = typeof(AdminAssets).Assembly;
        var prefix = assembly.GetName().Name + ".Assets.";
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var name = resource[prefix.Length..];
            files[name] = (copy.ToArray(), name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
        }

        return files;
    }
}
