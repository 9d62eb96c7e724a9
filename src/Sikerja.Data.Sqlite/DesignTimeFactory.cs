using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sikerja.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add … --project src/Sikerja.Data.Sqlite</c> build the model for SQLite.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SikerjaDbContext>
{
    public SikerjaDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SikerjaDbContext>();
        new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design-time.db").Apply(options);
        return new SikerjaDbContext(options.Options);
    }
}
