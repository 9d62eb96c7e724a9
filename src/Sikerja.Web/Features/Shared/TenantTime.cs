using System.Globalization;
using Sikerja.Data;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Tenants;
using Sikerja.Web.Access;

namespace Sikerja.Web.Features.Shared;

/// <summary>
/// Dates and times as a person of the caller's tenant reads them: stored UTC instants shown in the tenant's
/// zone with its abbreviation ("17 Agu 2025 08.30 WIB"). The zone is read once per request, when first needed;
/// callers without a tenant (system admins) see WIB.
/// </summary>
public sealed class TenantTime(SikerjaDbContext db, CurrentUser user, TimeProvider time)
{
    public const string DefaultPattern = "d MMM yyyy HH:mm";

    private string? _zoneId;
    private TenantClock? _clock;

    public string ZoneId => _zoneId ??= LoadZone();

    public string Abbreviation => IndonesianTimeZones.Abbreviation(ZoneId);

    public TenantClock Clock => _clock ??= new TenantClock(time, ZoneId);

    public string Format(DateTime utc, string pattern = DefaultPattern) => Format(utc, ZoneId, pattern);

    /// <summary>An instant in a given tenant's zone, for pages that list several tenants.</summary>
    public static string Format(DateTime utc, string zoneId, string pattern = DefaultPattern)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(zoneId));
        return $"{local.ToString(pattern, CultureInfo.CurrentCulture)} {IndonesianTimeZones.Abbreviation(zoneId)}";
    }

    /// <summary>A synchronous read: it runs at most once a request, from a page as it renders.</summary>
    private string LoadZone() =>
        user.TenantId is { } tenant
            ? db.Tenants.Where(t => t.Id == tenant).Select(t => t.TimeZoneId).SingleOrDefault() ?? IndonesianTimeZones.Wib
            : IndonesianTimeZones.Wib;
}
