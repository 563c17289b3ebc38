using Microsoft.EntityFrameworkCore;
using Portal.Content.Storage;

namespace Portal.Web.Storage;

/// <summary>The portal's database on PostgreSQL; owns the PostgreSQL migrations.</summary>
public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options);
