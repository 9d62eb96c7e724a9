using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Rosters.Json;
using Sikerja.Web.Features.Rosters;

namespace Sikerja.Integration.Tests.Infrastructure;

/// <summary>The example scenarios of tests/scenarios (copies of shared/scenarios) (one per source circular), read and loaded into new tenants.</summary>
public static class TestScenarios
{
    public static string PathOf(string fileName) => Path.Combine(AppContext.BaseDirectory, "scenarios", fileName);

    public static Scenario Read(string fileName)
    {
        using var file = File.OpenRead(PathOf(fileName));
        var read = ScenarioJson.Read(file);
        return read.Value ?? throw new InvalidOperationException($"{fileName}: {string.Join("; ", read.Problems)}");
    }

    /// <summary>A new tenant holding the scenario's organisation, calendar, unavailability and (published) policy.</summary>
    public static async Task<TestTenant> ImportAsync(DatabaseFixture fixture, string fileName)
    {
        await using var scope = fixture.NewScope();
        var code = $"s{Guid.NewGuid():N}"[..12];
        var result = await scope.Get<ScenarioImporter>().ImportAsync(Read(fileName), code, CancellationToken.None);
        Assert.True(result.IsDone, string.Join("; ", result.Problems));
        var tenant = await scope.Db.Tenants.AsNoTracking().SingleAsync(t => t.Code == code);
        return new TestTenant(fixture, tenant);
    }
}
