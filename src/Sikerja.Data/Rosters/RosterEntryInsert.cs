using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Sikerja.Data.Rosters;

/// <summary>
/// Writes the entries of a newly planned roster (a tenant of 10,000 over two weeks is 100,000 rows) in multi-row
/// INSERT statements on the context's connection and transaction, each value bound through the model's own type
/// mapping, so that the rows read back exactly as if the context had saved them, in a fraction of the time. New
/// entries carry no override and no change: those columns keep their defaults.
/// </summary>
public static class RosterEntryInsert
{
    private const int RowsPerStatement = 100;

    private static readonly string[] Columns =
    [
        nameof(RosterEntry.PlanId), nameof(RosterEntry.EmployeeId), nameof(RosterEntry.Date), nameof(RosterEntry.TenantId),
        nameof(RosterEntry.UnitId), nameof(RosterEntry.Mode), nameof(RosterEntry.ShiftMask), nameof(RosterEntry.Reason),
        nameof(RosterEntry.Overridden),
    ];

    public static async Task InsertAsync(SikerjaDbContext db, IEnumerable<RosterEntry> entries, CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(RosterEntry))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = Columns.Select(c => entity.FindProperty(c)!).ToArray();
        var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToArray();
        var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""));
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            foreach (var chunk in entries.Chunk(RowsPerStatement))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                var sql = new StringBuilder($"INSERT INTO \"{table.Name}\" ({columns}) VALUES ");
                for (var row = 0; row < chunk.Length; row++)
                {
                    sql.Append(row == 0 ? "(" : ", (");
                    var values = Values(chunk[row]);
                    for (var column = 0; column < values.Length; column++)
                    {
                        var name = $"@p{row}_{column}";
                        sql.Append(column == 0 ? name : ", " + name);
                        command.Parameters.Add(mappings[column].CreateParameter(command, name, values[column], properties[column].IsNullable));
                    }
                    sql.Append(')');
                }
                command.CommandText = sql.ToString();
                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static object?[] Values(RosterEntry e) =>
        [e.PlanId, e.EmployeeId, e.Date, e.TenantId, e.UnitId, e.Mode, e.ShiftMask, e.Reason, false];
}
