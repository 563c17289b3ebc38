using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Configuration;
using Portal.Content.Storage;
using Portal.Content.Users;

namespace Portal.Web.Storage;

public static class StorageFeature
{
    /// <summary>EF Core on the configured provider, with ASP.NET Core Identity's stores in the same database.</summary>
    public static WebApplicationBuilder AddPortalStorage(this WebApplicationBuilder builder)
    {
        var provider = ReadProvider(builder.Configuration);
        if (provider == DatabaseProvider.PostgreSQL)
        {
            builder.Services.AddDbContext<PortalDbContext, PostgresPortalDbContext>((services, options) =>
                options.UseNpgsql(ConnectionString(builder.Configuration, services)));
        }
        else
        {
            builder.Services.AddDbContext<PortalDbContext, SqlitePortalDbContext>((services, options) =>
                options.UseSqlite(ConnectionString(builder.Configuration, services)));
        }

        builder.Services.AddIdentityCore<PortalUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 12;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>();
        builder.Services.AddSingleton<DatabaseInitializer>();
        return builder;
    }

    private static DatabaseProvider ReadProvider(ConfigurationManager configuration)
    {
        var value = configuration["Portal:Database:Provider"];
        if (string.IsNullOrEmpty(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new StartupRefusedException($"Portal:Database:Provider is '{value}'; it must be Sqlite or PostgreSQL.");
    }

    private static string ConnectionString(IConfiguration configuration, IServiceProvider services)
    {
        var configured = configuration.GetConnectionString("Portal");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var dataPath = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PortalOptions>>().Value.DataPath;
        Directory.CreateDirectory(dataPath);
        return $"Data Source={Path.Combine(dataPath, "portal.db")};Default Timeout=30";
    }
}
