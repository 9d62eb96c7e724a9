using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sikerja.Data.Audit;
using Sikerja.Data.Tenancy;

namespace Sikerja.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The one place the database provider is chosen: PostgreSQL when <c>ConnectionStrings:Postgres</c> is set,
/// otherwise the embedded SQLite file of <c>ConnectionStrings:Sqlite</c>.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteMigrationsAssembly = "Sikerja.Data.Sqlite";
    public const string PostgresMigrationsAssembly = "Sikerja.Data.Postgres";

    public static DatabaseSettings From(IConfiguration configuration, string dataDirectory)
    {
        if (configuration.GetConnectionString("Postgres") is { Length: > 0 } postgres)
        {
            return new DatabaseSettings(DatabaseProvider.Postgres, postgres);
        }
        if (configuration.GetConnectionString("Sqlite") is { Length: > 0 } sqlite)
        {
            return new DatabaseSettings(DatabaseProvider.Sqlite, sqlite);
        }
        Directory.CreateDirectory(dataDirectory);
        return new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataDirectory, "sikerja.db")}");
    }

    public void Apply(DbContextOptionsBuilder options)
    {
        switch (Provider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(ConnectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                options.UseSqlite(ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
        }
    }
}

public static class DatabaseServiceCollectionExtensions
{
    public static IServiceCollection AddSikerjaDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        services.AddScoped<TenantScope>();
        services.AddScoped<AuditActor>();
        // Pooled: a request reuses a context instead of building one and its internal services (a hot path cost).
        services.AddPooledDbContextFactory<SikerjaDbContext>(settings.Apply);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<SikerjaDbContext>>().CreateDbContext().Bind(
            sp.GetRequiredService<TenantScope>(), sp.GetRequiredService<AuditActor>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        return services;
    }
}
