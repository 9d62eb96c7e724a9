using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Sikerja.Data.Accounts;
using Sikerja.Data.Audit;
using Sikerja.Data.Imports;
using Sikerja.Data.Jobs;
using Sikerja.Data.Notifications;
using Sikerja.Data.Rosters;
using Sikerja.Data.Schedule;
using Sikerja.Data.Tenancy;
using Sikerja.Domain;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Reports;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Tenants;
using Sikerja.Domain.Travel;

namespace Sikerja.Data;

/// <summary>
/// The database of one installation. Contexts come from a pool: <see cref="Bind"/> ties one to the tenant scope,
/// audit actor and clock of the request or command it serves, and disposing it unbinds it, so a pooled instance
/// never carries one caller's tenant into another's work.
/// </summary>
public sealed class SikerjaDbContext(DbContextOptions<SikerjaDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid, AppUserClaim, IdentityUserRole<Guid>, AppUserLogin, IdentityRoleClaim<Guid>, AppUserToken>(options),
      IDataProtectionKeyContext
{
    public const string TenantFilter = "Tenant";

    private TenantScope _tenantScope = new();
    private AuditActor _auditActor = new();
    private TimeProvider _time = TimeProvider.System;

    /// <summary>The tenant every tenant-owned query is filtered to (see <see cref="TenantScope"/>).</summary>
    public Guid? CurrentTenantId => _tenantScope.TenantId;

    /// <summary>Serves <paramref name="scope"/>: its tenant filters every query, <paramref name="actor"/> is named in the audit trail.</summary>
    public SikerjaDbContext Bind(TenantScope scope, AuditActor actor, TimeProvider time)
    {
        _tenantScope = scope;
        _auditActor = actor;
        _time = time;
        return this;
    }

    public override void Dispose()
    {
        Unbind();
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        Unbind();
        return base.DisposeAsync();
    }

    private void Unbind()
    {
        _tenantScope = new TenantScope();
        _auditActor = new AuditActor();
        _time = TimeProvider.System;
    }

    public DbSet<Tenant> Tenants => Set<Tenant>();
    public DbSet<Holiday> Holidays => Set<Holiday>();
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<Employee> Employees => Set<Employee>();
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
    public DbSet<Policy> Policies => Set<Policy>();
    public DbSet<PolicyDocument> PolicyDocuments => Set<PolicyDocument>();
    public DbSet<PolicyAcknowledgement> PolicyAcknowledgements => Set<PolicyAcknowledgement>();
    public DbSet<PolicyReminder> PolicyReminders => Set<PolicyReminder>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationDelivery> NotificationDeliveries => Set<NotificationDelivery>();
    public DbSet<ScheduleFeed> ScheduleFeeds => Set<ScheduleFeed>();
    public DbSet<RosterRevision> RosterRevisions => Set<RosterRevision>();
    public DbSet<RosterRevisionChange> RosterRevisionChanges => Set<RosterRevisionChange>();
    public DbSet<Unavailability> Unavailabilities => Set<Unavailability>();
    public DbSet<RosterPlan> RosterPlans => Set<RosterPlan>();
    public DbSet<RosterEntry> RosterEntries => Set<RosterEntry>();
    public DbSet<CheckIn> CheckIns => Set<CheckIn>();
    public DbSet<CheckInPhoto> CheckInPhotos => Set<CheckInPhoto>();
    public DbSet<AttendanceSettings> AttendanceSettings => Set<AttendanceSettings>();
    public DbSet<HomeArea> HomeAreas => Set<HomeArea>();
    public DbSet<OfficeVisit> OfficeVisits => Set<OfficeVisit>();
    public DbSet<OfficeWorkRequest> OfficeWorkRequests => Set<OfficeWorkRequest>();
    public DbSet<Assembly> Assemblies => Set<Assembly>();
    public DbSet<AssemblyAttendance> AssemblyAttendances => Set<AssemblyAttendance>();
    public DbSet<PresenceCount> PresenceCounts => Set<PresenceCount>();
    public DbSet<DailyReport> DailyReports => Set<DailyReport>();
    public DbSet<ReportActivity> ReportActivities => Set<ReportActivity>();
    public DbSet<ReportAttachment> ReportAttachments => Set<ReportAttachment>();
    public DbSet<PerformanceTarget> PerformanceTargets => Set<PerformanceTarget>();
    public DbSet<ReviewDelegation> ReviewDelegations => Set<ReviewDelegation>();
    public DbSet<ReportSettings> ReportSettings => Set<ReportSettings>();
    public DbSet<ReportReminder> ReportReminders => Set<ReportReminder>();
    public DbSet<TravelPermit> TravelPermits => Set<TravelPermit>();
    public DbSet<TravelDecision> TravelDecisions => Set<TravelDecision>();
    public DbSet<TravelSettings> TravelSettings => Set<TravelSettings>();
    public DbSet<HighRiskRegion> HighRiskRegions => Set<HighRiskRegion>();
    public DbSet<CustomRegion> CustomRegions => Set<CustomRegion>();
    public DbSet<TravelRecap> TravelRecaps => Set<TravelRecap>();
    public DbSet<TravelRecapLine> TravelRecapLines => Set<TravelRecapLine>();
    public DbSet<RecapRoute> RecapRoutes => Set<RecapRoute>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SikerjaDbContext).Assembly);
        foreach (var entity in builder.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(entity.ClrType).HasQueryFilter(TenantFilter, TenantFilterFor(entity.ClrType));
        }
    }

    private LambdaExpression TenantFilterFor(Type type)
    {
        var row = Expression.Parameter(type, "row");
        var rowTenant = Expression.Convert(Expression.Property(row, nameof(ITenantOwned.TenantId)), typeof(Guid?));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentTenantId));
        return Expression.Lambda(Expression.Equal(rowTenant, current), row);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<OrgUnitType>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<Employment>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<PositionLevel>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<TenantKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<HolidayKind>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<Domain.Access.Role>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<PolicyStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ImportStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<UnavailabilityCause>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<RosterStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<WorkMode>().HaveConversion<string>().HaveMaxLength(8);
        configurationBuilder.Properties<AssignmentReason>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ChangeCause>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<RevisionKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<CheckDirection>().HaveConversion<string>().HaveMaxLength(8);
        configurationBuilder.Properties<CheckInMethod>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<RequestStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ReportStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<TargetStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ReportingScope>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<TravelPurpose>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<TravelCategory>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<PermitStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ApprovalStep>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<RecapStatus>().HaveConversion<string>().HaveMaxLength(16);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Fills derived columns and adds the audit entries of the change, so that both land in one transaction.</summary>
    private void PrepareSave()
    {
        AccountTenant.Fill(ChangeTracker, Users);
        foreach (var entry in ChangeTracker.Entries<Employee>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            entry.Property<string>(SearchKey.Column).CurrentValue = SearchKey.For(entry.Entity);
        }
        // Keys are made on the client (UUIDv7), so every entry can name its row before the save.
        AuditEntries.AddRange(AuditTrail.Record(ChangeTracker, _auditActor, _time.GetUtcNow().UtcDateTime));
    }
}
