using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sikerja.Domain.People;
using Sikerja.Domain.Reports;
using Sikerja.Domain.Tenants;

namespace Sikerja.Data.Configurations;

internal sealed class DailyReportConfiguration : IEntityTypeConfiguration<DailyReport>
{
    public void Configure(EntityTypeBuilder<DailyReport> builder)
    {
        builder.HasIndex(r => new { r.EmployeeId, r.WorkDate }).IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.WorkDate, r.Status });
        // A reviewer's waiting reports, team member by team member, read from the index alone (PostgreSQL): without it
        // the planner walks the whole tenant's submitted reports backwards by date to fill the first page.
        builder.HasIndex(r => new { r.EmployeeId, r.Status, r.WorkDate })
            .IncludeProperties(r => new { r.Id, r.TenantId, r.Late, r.SubmittedAt, r.ReviewedAt });
        builder.Property(r => r.ReturnComment).HasMaxLength(500);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(r => r.EmployeeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(r => r.ReviewedBy).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReportActivityConfiguration : IEntityTypeConfiguration<ReportActivity>
{
    public void Configure(EntityTypeBuilder<ReportActivity> builder)
    {
        builder.Property(a => a.Description).HasMaxLength(ReportActivity.MaxDescriptionLength);
        builder.Property(a => a.Unit).HasMaxLength(ReportActivity.MaxUnitLength);
        builder.Property(a => a.Quantity).HasPrecision(12, 2);
        builder.HasIndex(a => a.ReportId);
        builder.HasIndex(a => a.TargetId);
        builder.HasOne<DailyReport>().WithMany().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PerformanceTarget>().WithMany().HasForeignKey(a => a.TargetId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReportAttachmentConfiguration : IEntityTypeConfiguration<ReportAttachment>
{
    public void Configure(EntityTypeBuilder<ReportAttachment> builder)
    {
        builder.HasKey(a => a.ActivityId);
        builder.Property(a => a.FileName).HasMaxLength(ReportAttachment.MaxFileNameLength);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.HasOne<ReportActivity>().WithOne().HasForeignKey<ReportAttachment>(a => a.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PerformanceTargetConfiguration : IEntityTypeConfiguration<PerformanceTarget>
{
    public void Configure(EntityTypeBuilder<PerformanceTarget> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(PerformanceTarget.MaxTitleLength);
        builder.Property(t => t.Unit).HasMaxLength(ReportActivity.MaxUnitLength);
        builder.Property(t => t.Quantity).HasPrecision(12, 2);
        builder.Property(t => t.Comment).HasMaxLength(500);
        builder.HasIndex(t => new { t.EmployeeId, t.Year });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(t => t.EmployeeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReviewDelegationConfiguration : IEntityTypeConfiguration<ReviewDelegation>
{
    public void Configure(EntityTypeBuilder<ReviewDelegation> builder)
    {
        builder.Property(d => d.Reason).HasMaxLength(400);
        builder.HasIndex(d => new { d.DelegateId, d.From });
        builder.HasIndex(d => new { d.DelegatorId, d.From });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(d => d.DelegatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(d => d.DelegateId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReportSettingsConfiguration : IEntityTypeConfiguration<ReportSettings>
{
    public void Configure(EntityTypeBuilder<ReportSettings> builder)
    {
        builder.HasKey(s => s.TenantId);
        builder.HasOne<Tenant>().WithOne().HasForeignKey<ReportSettings>(s => s.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReportReminderConfiguration : IEntityTypeConfiguration<ReportReminder>
{
    public void Configure(EntityTypeBuilder<ReportReminder> builder)
    {
        // The key is what makes a reminder once-only: a second one of the same kind for the same day cannot be stored.
        builder.HasKey(r => new { r.EmployeeId, r.WorkDate, r.Kind });
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(8);
        builder.HasIndex(r => new { r.TenantId, r.WorkDate });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(r => r.EmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}
