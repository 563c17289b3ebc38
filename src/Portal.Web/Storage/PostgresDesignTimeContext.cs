using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Portal.Web.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context without a server.</summary>
public sealed class PostgresDesignTimeContext : IDesignTimeDbContextFactory<PostgresPortalDbContext>
{
    public PostgresPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql("Host=localhost;Database=portal").Options);
}
