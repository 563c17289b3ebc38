using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Content.Model;

namespace Portal.Content.Storage;

/// <summary>
/// Inserts the items and versions added since the last save with one reused command per table,
/// inside the caller's transaction, and leaves the rest to EF Core. EF Core builds, and SQLite
/// parses, a new batch of statements for every 500 items, which the profile of an import showed on
/// its saving thread (docs/performance.md). Columns, converters and parameter types come from the
/// model, so both providers get what EF Core would have sent.
/// </summary>
public static class AddedContentWriter
{
    public static async Task WriteAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var items = Added<ContentItem>(db);
        var versions = Added<ContentVersion>(db);
        if (items.Count + versions.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("content is written inside a transaction");
        try
        {
            // Items first: a version refers to its item.
            await InsertAsync(db, transaction, items, cancellationToken);
            await InsertAsync(db, transaction, versions, cancellationToken);
        }
        catch (DbException e)
        {
            throw new DbUpdateException(e.Message, e);
        }

        foreach (var entry in items.Concat<EntityEntry>(versions))
        {
            entry.State = EntityState.Unchanged;
        }
    }

    private static List<EntityEntry<T>> Added<T>(PortalDbContext db) where T : class =>
        [.. db.ChangeTracker.Entries<T>().Where(e => e.State == EntityState.Added)];

    private static async Task InsertAsync<T>(PortalDbContext db, DbTransaction transaction, List<EntityEntry<T>> entries, CancellationToken cancellationToken) where T : class
    {
        if (entries.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties().Where(p => p.GetColumnName(table) is not null).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => sql.GenerateParameterNamePlaceholder("p" + i)))})";
        var mappings = columns.Select(p => (RelationalTypeMapping)p.GetRelationalTypeMapping()).ToList();
        for (var i = 0; i < columns.Count; i++)
        {
            command.Parameters.Add(mappings[i].CreateParameter(command, sql.GenerateParameterName("p" + i), null, columns[i].IsNullable));
        }

        foreach (var entry in entries)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var value = entry.Property(columns[i]).CurrentValue;
                if (value is not null && mappings[i].Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                command.Parameters[i].Value = value ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
