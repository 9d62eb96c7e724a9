using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sikerja.Data.Postgres;

/// <summary>Lets <c>dotnet ef migrations add … --project src/Sikerja.Data.Postgres</c> build the model for PostgreSQL.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SikerjaDbContext>
{
    public SikerjaDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SikerjaDbContext>();
        new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=sikerja_design").Apply(options);
        return new SikerjaDbContext(options.Options);
    }
}
