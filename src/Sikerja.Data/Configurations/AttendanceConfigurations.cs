using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Tenants;

namespace Sikerja.Data.Configurations;

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        // The phone's id makes a retry find the stored record instead of adding one.
        builder.HasIndex(c => new { c.TenantId, c.ClientId }).IsUnique();
        builder.HasIndex(c => new { c.EmployeeId, c.WorkDate });
        builder.HasIndex(c => new { c.TenantId, c.WorkDate, c.UnitId });
        builder.Property(c => c.Shift).HasMaxLength(40);
        builder.Property(c => c.ManualReason).HasMaxLength(400);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(c => c.EmployeeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CheckInPhotoConfiguration : IEntityTypeConfiguration<CheckInPhoto>
{
    public void Configure(EntityTypeBuilder<CheckInPhoto> builder)
    {
        builder.HasKey(p => p.CheckInId);
        builder.Property(p => p.ContentType).HasMaxLength(40);
        builder.HasOne<CheckIn>().WithOne().HasForeignKey<CheckInPhoto>(p => p.CheckInId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AttendanceSettingsConfiguration : IEntityTypeConfiguration<AttendanceSettings>
{
    public void Configure(EntityTypeBuilder<AttendanceSettings> builder)
    {
        builder.HasKey(s => s.TenantId);
        builder.HasOne<Tenant>().WithOne().HasForeignKey<AttendanceSettings>(s => s.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HomeAreaConfiguration : IEntityTypeConfiguration<HomeArea>
{
    public void Configure(EntityTypeBuilder<HomeArea> builder)
    {
        builder.HasKey(h => h.EmployeeId);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(h => h.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithOne().HasForeignKey<HomeArea>(h => h.EmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OfficeVisitConfiguration : IEntityTypeConfiguration<OfficeVisit>
{
    public void Configure(EntityTypeBuilder<OfficeVisit> builder)
    {
        builder.Property(v => v.VisitorName).HasMaxLength(120);
        builder.Property(v => v.Phone).HasMaxLength(20);
        builder.Property(v => v.MetName).HasMaxLength(120);
        builder.HasIndex(v => new { v.TenantId, v.Date, v.UnitId });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(v => v.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(v => v.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(v => v.MetEmployeeId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class OfficeWorkRequestConfiguration : IEntityTypeConfiguration<OfficeWorkRequest>
{
    public void Configure(EntityTypeBuilder<OfficeWorkRequest> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(400);
        builder.Property(r => r.DecisionNote).HasMaxLength(400);
        builder.HasIndex(r => new { r.EmployeeId, r.Date });
        builder.HasIndex(r => new { r.TenantId, r.Status, r.Date });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(r => r.EmployeeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AssemblyConfiguration : IEntityTypeConfiguration<Assembly>
{
    public void Configure(EntityTypeBuilder<Assembly> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.OnlineLink).HasMaxLength(400);
        builder.Property(a => a.Place).HasMaxLength(200);
        builder.HasIndex(a => new { a.TenantId, a.Date });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AssemblyAttendanceConfiguration : IEntityTypeConfiguration<AssemblyAttendance>
{
    public void Configure(EntityTypeBuilder<AssemblyAttendance> builder)
    {
        builder.HasIndex(a => new { a.TenantId, a.ClientId }).IsUnique();
        builder.HasIndex(a => new { a.AssemblyId, a.EmployeeId }).IsUnique();
        builder.Property(a => a.ManualReason).HasMaxLength(400);
        builder.HasOne<Assembly>().WithMany().HasForeignKey(a => a.AssemblyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Employee>().WithMany().HasForeignKey(a => a.EmployeeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PresenceCountConfiguration : IEntityTypeConfiguration<PresenceCount>
{
    public void Configure(EntityTypeBuilder<PresenceCount> builder)
    {
        builder.HasKey(p => new { p.TenantId, p.UnitId, p.Date });
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
