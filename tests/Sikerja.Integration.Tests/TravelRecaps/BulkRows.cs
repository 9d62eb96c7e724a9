using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Sikerja.Data;

namespace Sikerja.Integration.Tests.TravelRecaps;

/// <summary>
/// Arranges tens of thousands of rows for a speed test in multi-row INSERTs, every column bound through the model's
/// own mapping (so they read back as if the context had saved them), without the change tracker and audit trail a
/// real save goes through.
/// </summary>
public static class BulkRows
{
    /// <param name="shadows">The values of the entity's shadow properties by name (an employee's search key).</param>
    public static async Task InsertAsync<T>(SikerjaDbContext db, IReadOnlyCollection<T> rows, IReadOnlyDictionary<string, Func<T, object?>>? shadows = null) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().ToArray();
        var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToArray();
        var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""));
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            // Small statements: providers look parameters up by name, and a long list makes every lookup slow.
            foreach (var chunk in rows.Chunk(100))
            {
                await using var command = connection.CreateCommand();
                var sql = new StringBuilder($"INSERT INTO \"{table.Name}\" ({columns}) VALUES ");
                for (var row = 0; row < chunk.Length; row++)
                {
                    sql.Append(row == 0 ? "(" : ", (");
                    for (var column = 0; column < properties.Length; column++)
                    {
                        var name = $"@p{row}_{column}";
                        sql.Append(column == 0 ? name : ", " + name);
                        var property = properties[column];
                        var value = property.PropertyInfo is { } info ? info.GetValue(chunk[row]) : shadows![property.Name](chunk[row]);
                        command.Parameters.Add(mappings[column].CreateParameter(command, name, value, properties[column].IsNullable));
                    }
                    sql.Append(')');
                }
                command.CommandText = sql.ToString();
                await command.ExecuteNonQueryAsync();
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
