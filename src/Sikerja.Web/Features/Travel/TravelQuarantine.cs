using Sikerja.Data;
using Sikerja.Domain.People;
using Sikerja.Domain.Travel;
using Sikerja.Web.Access;
using Sikerja.Web.Features.RosterRepairs;

namespace Sikerja.Web.Features.Travel;

/// <summary>
/// The quarantine after a high-risk trip: its days are recorded as unavailability (cause quarantine), as an admin
/// would on the unavailability page, and the published rosters that plan the employee on those days are repaired,
/// so the days become off and the rest of the team is re-planned with as few changes as possible.
/// </summary>
public sealed class TravelQuarantine(SikerjaDbContext db, CurrentUser user, RosterRepairService repairs, TimeProvider time)
{
    /// <summary>Adds the unavailability to the context; the caller saves it with the permit.</summary>
    public Unavailability Record(TravelPermit permit, DateOnly from, DateOnly until)
    {
        var record = new Unavailability
        {
            TenantId = permit.TenantId,
            EmployeeId = permit.EmployeeId,
            From = from,
            To = until,
            Cause = UnavailabilityCause.Quarantine,
            Note = $"karantina sesudah bepergian ke {permit.DestinationName} (zona risiko tinggi)",
            RecordedAt = time.GetUtcNow().UtcDateTime,
            RecordedBy = user.UserId,
        };
        db.Unavailabilities.Add(record);
        return record;
    }

    public async Task RepairAsync(Guid employeeId, DateOnly from, DateOnly until, CancellationToken ct) =>
        await repairs.RepairForUnavailabilityAsync(employeeId, from, until, ct);
}
