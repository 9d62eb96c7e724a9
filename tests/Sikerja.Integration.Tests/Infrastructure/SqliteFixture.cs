using Microsoft.Data.Sqlite;
using Sikerja.Data;

namespace Sikerja.Integration.Tests.Infrastructure;

public sealed class SqliteFixture : DatabaseFixture
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"sikerja-test-{Guid.NewGuid():N}.db");

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult($"Data Source={_file}");

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(f);
        }
        return Task.CompletedTask;
    }
}
