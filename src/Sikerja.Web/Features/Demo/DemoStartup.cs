using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Sikerja.Data;

namespace Sikerja.Web.Features.Demo;

/// <summary>
/// The demo on a fresh installation: seeds the demo regency into an empty database, and on every start
/// where the demo tenant exists prints its address and sign-ins once the server listens.
/// </summary>
public static class DemoStartup
{
    public static async Task SeedDemoWhenEmptyAsync(this WebApplication app, int employees, ILogger logger)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SikerjaDbContext>();
        if (await db.Tenants.AnyAsync())
        {
            return;
        }
        DemoLog.Seeding(logger, employees);
        try
        {
            var result = await scope.ServiceProvider.GetRequiredService<DemoRegencySeeder>()
                .SeedAsync(new DemoOptions(Employees: employees), app.Lifetime.ApplicationStopping);
            if (result.Value is { } demo)
            {
                DemoLog.Seeded(logger, demo.Tenant.Name, demo.Units, demo.Employees, demo.Took.TotalSeconds);
            }
            else
            {
                DemoLog.NotSeeded(logger, string.Join("; ", result.Problems));
            }
        }
        catch (DbUpdateException e)
        {
            // Nodes sharing one database may start together: the tenant code is unique, so one of them wins.
            if (!await AnotherNodeSeededAsync(app))
            {
                throw;
            }
            DemoLog.SeededElsewhere(logger, e);
        }
    }

    /// <summary>Prints the demo's address and accounts when the server has started, if the demo tenant exists.</summary>
    public static async Task ShowDemoLoginsOnStartAsync(this WebApplication app)
    {
        DemoListing? listing;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            listing = await DemoLogins.ReadAsync(scope.ServiceProvider.GetRequiredService<SikerjaDbContext>(), DemoOptions.DefaultCode, CancellationToken.None);
        }
        if (listing is null)
        {
            return;
        }
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            DemoBanner.Write(Console.Out, [.. addresses ?? []], listing);
        });
    }

    private static async Task<bool> AnotherNodeSeededAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SikerjaDbContext>().Tenants.AnyAsync(t => t.Code == DemoOptions.DefaultCode);
    }
}
