using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sikerja.Data;
using Sikerja.Data.Tenancy;
using Sikerja.Web.Access;

namespace Sikerja.Cli;

/// <summary>
/// The tenant a reading verb works in, entered by its code with leadership's rights (every agency, read only), and
/// the agencies and months such verbs name. Each lookup that fails writes one line naming what was given.
/// </summary>
internal sealed class CliTenant(IServiceProvider services, TextWriter error, string verb)
{
    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    /// <summary>A month written yyyy-MM (as the web's pages take it), or null after saying why not.</summary>
    public DateOnly? Month(string text)
    {
        if (text.Length == 7 && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return first;
        }
        error.WriteLine($"{verb}: --month '{text}' is not a month; write it as yyyy-MM, e.g. 2026-06");
        return null;
    }

    public async Task<bool> EnterAsync(string code, CancellationToken ct)
    {
        var db = services.GetRequiredService<SikerjaDbContext>();
        var tenant = await db.Tenants.AsNoTracking().Where(t => t.Code == code.Trim()).Select(t => new { t.Id, t.Code }).SingleOrDefaultAsync(ct);
        if (tenant is null)
        {
            await error.WriteLineAsync($"{verb}: no tenant with code '{code}'");
            return false;
        }
        (Id, Code) = (tenant.Id, tenant.Code);
        services.GetRequiredService<TenantScope>().Enter(tenant.Id);
        services.GetRequiredService<CurrentUser>().ReadsTenantForCommandLine(tenant.Id);
        return true;
    }

    /// <summary>The open top-level unit (agency) of the entered tenant with this code, or null after saying why not.</summary>
    public async Task<Guid?> AgencyAsync(string code, CancellationToken ct)
    {
        var db = services.GetRequiredService<SikerjaDbContext>();
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Code == code.Trim())
            .Select(u => new { u.Id, IsAgency = u.ParentId == null, u.IsClosed }).SingleOrDefaultAsync(ct);
        var problem = unit switch
        {
            null => $"no agency with code '{code}' in tenant '{Code}'",
            { IsAgency: false } => $"unit '{code}' is inside an agency; give the agency's code (a top-level unit)",
            { IsClosed: true } => $"agency '{code}' is closed",
            _ => null,
        };
        if (problem is not null)
        {
            await error.WriteLineAsync($"{verb}: {problem}");
            return null;
        }
        return unit!.Id;
    }
}
