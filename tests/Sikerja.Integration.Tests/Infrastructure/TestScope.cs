using Microsoft.Extensions.DependencyInjection;
using Sikerja.Data;
using Sikerja.Data.Tenancy;
using Sikerja.Web.Access;

namespace Sikerja.Integration.Tests.Infrastructure;

/// <summary>One request's worth of services, signed in as a given account or working inside one tenant.</summary>
public sealed class TestScope(AsyncServiceScope scope) : IAsyncDisposable
{
    public IServiceProvider Services => scope.ServiceProvider;

    public SikerjaDbContext Db => Get<SikerjaDbContext>();

    public T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>Loads the account's rights exactly as the web host does for a request.</summary>
    public async Task<TestScope> AsAsync(Guid userId)
    {
        Assert.True(await Get<CurrentUserLoader>().LoadAsync(userId, CancellationToken.None), "account not found or locked out");
        return this;
    }

    /// <summary>For arranging data: queries see only this tenant, as a batch job would.</summary>
    public TestScope InTenant(Guid tenantId)
    {
        Get<TenantScope>().Enter(tenantId);
        return this;
    }

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
