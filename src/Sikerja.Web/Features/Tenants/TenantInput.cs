using Sikerja.Domain;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Tenants;

namespace Sikerja.Web.Features.Tenants;

/// <summary>A new tenant, as the system admin's form, the API or the command line gives it.</summary>
public sealed record TenantInput(string Code, string Name, TenantKind Kind, string TimeZoneId, WorkWeek WorkWeek = WorkWeek.MondayToFriday)
{
    public IEnumerable<Problem> Validate() => TenantRules.Validate(Code?.Trim(), Name, Kind, TimeZoneId, WorkWeek);
}

/// <summary>What a tenant admin may change of their own tenant.</summary>
public sealed record TenantSettingsInput(string Name, string TimeZoneId, WorkWeek WorkWeek)
{
    public IEnumerable<Problem> Validate() => TenantRules.ValidateSettings(Name, TimeZoneId, WorkWeek);
}
