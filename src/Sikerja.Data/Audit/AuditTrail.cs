using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Sikerja.Data.Accounts;
using Sikerja.Data.Rosters;
using Sikerja.Domain;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Reports;
using Sikerja.Domain.Tenants;
using Sikerja.Domain.Travel;

namespace Sikerja.Data.Audit;

/// <summary>Turns the tracked changes of organisation, people and rights into audit entries.</summary>
internal static class AuditTrail
{
    private static readonly HashSet<Type> Audited =
        [
            typeof(Tenant), typeof(Holiday), typeof(OrgUnit), typeof(Employee), typeof(RoleGrant), typeof(AppUser),
            typeof(Policy), typeof(PolicyDocument), typeof(Unavailability), typeof(RosterPlan), typeof(RosterEntry), typeof(RosterRevision),
            typeof(AttendanceSettings), typeof(OfficeWorkRequest), typeof(Assembly),
            typeof(DailyReport), typeof(PerformanceTarget), typeof(ReviewDelegation), typeof(ReportSettings),
            typeof(TravelPermit), typeof(TravelDecision), typeof(TravelSettings), typeof(HighRiskRegion), typeof(CustomRegion),
            typeof(TravelRecap), typeof(RecapRoute),
        ];

    /// <summary>Rows made by the thousand when a roster is planned (the plan's own entry records that): their
    /// later changes, edits and repairs, are what the trail keeps.</summary>
    private static readonly HashSet<Type> AuditedAfterCreation = [typeof(RosterEntry)];

    /// <summary>Account fields that change on every sign-in or are secrets, and a document's bytes: never written to the trail.</summary>
    private static readonly HashSet<string> Unrecorded =
    [
        nameof(AppUser.SecurityStamp), nameof(AppUser.ConcurrencyStamp), nameof(AppUser.AccessFailedCount),
        nameof(AppUser.NormalizedUserName), nameof(AppUser.NormalizedEmail), nameof(AppUser.PasswordHash), SearchKey.Column,
        nameof(PolicyDocument.Content),
        nameof(RosterPlan.PolicySnapshot), nameof(RosterPlan.Shortfalls), nameof(RosterPlan.Violations),
    ];

    /// <summary>Health data: the trail says that it changed, never what it says (it outlives the data itself).</summary>
    private static readonly HashSet<string> Masked =
        [nameof(Employee.PriorityHomeReason), nameof(Unavailability.Cause), nameof(Unavailability.Note)];

    private const string MaskedValue = "(disamarkan)";

    public static List<AuditEntry> Record(ChangeTracker tracker, AuditActor actor, DateTime now)
    {
        var entries = new List<AuditEntry>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit log cannot be edited.");
            }
            if (!Audited.Contains(entry.Entity.GetType()) || entry.State is EntityState.Unchanged or EntityState.Detached
                || (entry.State is EntityState.Added or EntityState.Deleted && AuditedAfterCreation.Contains(entry.Entity.GetType())))
            {
                continue;
            }
            var (action, before, after) = Describe(entry);
            if (action is null)
            {
                continue;
            }
            entries.Add(new AuditEntry
            {
                TenantId = TenantOf(entry.Entity),
                At = now,
                ActorUserId = actor.UserId,
                ActorName = actor.Name,
                Action = action,
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => KeyPart(entry.Property(p.Name).CurrentValue))),
                Before = before,
                After = after,
            });
        }
        return entries;
    }

    /// <summary>A key's part the same in every language of the request: a roster entry's date as 2026-12-07, not 07/12/2026.</summary>
    private static string? KeyPart(object? value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static (string? Action, string? Before, string? After) Describe(EntityEntry entry)
    {
        var recorded = entry.Properties.Where(p => !Unrecorded.Contains(p.Metadata.Name)).ToList();
        switch (entry.State)
        {
            case EntityState.Added:
                return ("Created", null, Json(recorded.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue)));
            case EntityState.Deleted:
                return ("Deleted", Json(recorded.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue)), null);
            default:
                var changed = recorded.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
                // Identity's store marks every property modified on update: compare the values, as for the fields above.
                var hash = entry.Entity is AppUser ? entry.Property(nameof(AppUser.PasswordHash)) : null;
                var passwordChanged = hash is { IsModified: true } && !Equals(hash.OriginalValue, hash.CurrentValue);
                if (changed.Count == 0 && !passwordChanged)
                {
                    return (null, null, null);
                }
                var after = changed.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue);
                if (passwordChanged)
                {
                    after["Password"] = "(diubah)";
                }
                return ("Updated", Json(changed.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue)), Json(after));
        }
    }

    private static Guid? TenantOf(object entity) => entity switch
    {
        ITenantOwned owned => owned.TenantId,
        Tenant tenant => tenant.Id,
        AppUser user => user.TenantId,
        RoleGrant grant => grant.TenantId,
        _ => null,
    };

    /// <summary>Enums by name ("AgencyAdmin", not 0): the trail is read by people, and outlives any renumbering.</summary>
    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new JsonStringEnumConverter() } };

    private static string Json(Dictionary<string, object?> values) =>
        JsonSerializer.Serialize(
            values.ToDictionary(kv => kv.Key, kv => Masked.Contains(kv.Key) && kv.Value is not null ? MaskedValue : kv.Value), JsonOptions);
}
