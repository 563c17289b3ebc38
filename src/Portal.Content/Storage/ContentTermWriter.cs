using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Portal.Content.Storage;

/// <summary>
/// Replaces the terms of items with two reused commands inside the caller's transaction. Terms are
/// derived rows, ten or so per item; EF Core's SQLite provider would send each as a command of its
/// own, which made them most of an import's time.
/// </summary>
public static class ContentTermWriter
{
    public static async Task WriteAsync(PortalDbContext db, IReadOnlyDictionary<(string ContentId, string Culture), TermWrite> writes, CancellationToken cancellationToken)
    {
        if (writes.Count == 0)
        {
            return;
        }

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("terms are written inside the content's transaction");
        await using var delete = Command(connection, transaction, """DELETE FROM "ContentTerms" WHERE "ContentId" = @id AND "Culture" = @culture""", "id", "culture");
        await using var insert = Command(connection, transaction,
            """INSERT INTO "ContentTerms" ("ContentId", "Culture", "Kind", "Value") VALUES (@id, @culture, @kind, @value)""", "id", "culture", "kind", "value");
        foreach (var ((contentId, culture), write) in writes)
        {
            if (!write.IsNew)
            {
                delete.Parameters[0].Value = contentId;
                delete.Parameters[1].Value = culture;
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }

            foreach (var (kind, value) in write.Terms)
            {
                insert.Parameters[0].Value = contentId;
                insert.Parameters[1].Value = culture;
                insert.Parameters[2].Value = kind;
                insert.Parameters[3].Value = value;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.DbType = System.Data.DbType.String;
            parameter.Value = "";
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
