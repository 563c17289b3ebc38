using Microsoft.Extensions.DependencyInjection;

namespace Portal.Admin.Digests;

public static class DigestAdminFeature
{
    /// <summary>The digests' figures, previews and test sends, and the members' own subscription page.</summary>
    public static IServiceCollection AddDigestAdmin(this IServiceCollection services)
    {
        services.AddOptions<DigestAdminOptions>().BindConfiguration(DigestAdminOptions.Section);
        services.AddScoped<DigestFigureQueries>();
        services.AddScoped<TestDigests>();
        return services;
    }
}
