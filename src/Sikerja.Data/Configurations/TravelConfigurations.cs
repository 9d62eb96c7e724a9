using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Tenants;
using Sikerja.Domain.Travel;

namespace Sikerja.Data.Configurations;

internal sealed class TravelPermitConfiguration : IEntityTypeConfiguration<TravelPermit>
{
    public void Configure(EntityTypeBuilder<TravelPermit> builder)
    {
        builder.Property(p => p.DestinationCode).HasMaxLength(CustomRegion.MaxCodeLength);
        builder.Property(p => p.DestinationName).HasMaxLength(TravelPermit.MaxDestinationNameLength);
        builder.Property(p => p.Reason).HasMaxLength(TravelPermit.MaxReasonLength);
        builder.Property(p => p.Contact).HasMaxLength(TravelPermit.MaxContactLength);
        builder.PrimitiveCollection(p => p.Chain).ElementType().HasConversion<string>();
        builder.HasIndex(p => new { p.EmployeeId, p.LeavesOn });
        builder.HasIndex(p => new { p.TenantId, p.AgencyId, p.LeavesOn });
        builder.HasIndex(p => new { p.TenantId, p.Status });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(p => p.EmployeeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TravelDecisionConfiguration : IEntityTypeConfiguration<TravelDecision>
{
    public void Configure(EntityTypeBuilder<TravelDecision> builder)
    {
        builder.Property(d => d.Comment).HasMaxLength(TravelDecision.MaxCommentLength);
        builder.HasIndex(d => d.PermitId);
        builder.HasOne<TravelPermit>().WithMany().HasForeignKey(d => d.PermitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TravelSettingsConfiguration : IEntityTypeConfiguration<TravelSettings>
{
    public void Configure(EntityTypeBuilder<TravelSettings> builder)
    {
        builder.HasKey(s => s.TenantId);
        builder.Property(s => s.HomeRegionCode).HasMaxLength(CustomRegion.MaxCodeLength);
        builder.PrimitiveCollection(s => s.OfficialChain).ElementType().HasConversion<string>();
        builder.PrimitiveCollection(s => s.PrivateChain).ElementType().HasConversion<string>();
        builder.HasOne<Tenant>().WithOne().HasForeignKey<TravelSettings>(s => s.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.SekdaUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class HighRiskRegionConfiguration : IEntityTypeConfiguration<HighRiskRegion>
{
    public void Configure(EntityTypeBuilder<HighRiskRegion> builder)
    {
        builder.Property(r => r.RegionCode).HasMaxLength(CustomRegion.MaxCodeLength);
        builder.Property(r => r.Note).HasMaxLength(HighRiskRegion.MaxNoteLength);
        builder.HasIndex(r => new { r.TenantId, r.RegionCode });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CustomRegionConfiguration : IEntityTypeConfiguration<CustomRegion>
{
    public void Configure(EntityTypeBuilder<CustomRegion> builder)
    {
        builder.Property(r => r.Code).HasMaxLength(CustomRegion.MaxCodeLength);
        builder.Property(r => r.Name).HasMaxLength(CustomRegion.MaxNameLength);
        builder.HasIndex(r => new { r.TenantId, r.Code }).IsUnique();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TravelRecapConfiguration : IEntityTypeConfiguration<TravelRecap>
{
    public void Configure(EntityTypeBuilder<TravelRecap> builder)
    {
        builder.Property(r => r.Number).HasMaxLength(TravelRecap.MaxNumberLength);
        builder.Property(r => r.SignerName).HasMaxLength(TravelRecap.MaxSignerLength);
        builder.Property(r => r.SignerTitle).HasMaxLength(TravelRecap.MaxSignerLength);
        builder.Property(r => r.SignerNip).HasMaxLength(24);
        builder.HasIndex(r => new { r.TenantId, r.AgencyId, r.Month }).IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.Month, r.Status });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TravelRecapLineConfiguration : IEntityTypeConfiguration<TravelRecapLine>
{
    public void Configure(EntityTypeBuilder<TravelRecapLine> builder)
    {
        builder.Property(l => l.EmployeeName).HasMaxLength(200);
        builder.Property(l => l.Nip).HasMaxLength(24);
        builder.Property(l => l.PositionTitle).HasMaxLength(200);
        builder.Property(l => l.DestinationName).HasMaxLength(TravelPermit.MaxDestinationNameLength);
        builder.HasIndex(l => l.RecapId);
        builder.HasOne<TravelRecap>().WithMany().HasForeignKey(l => l.RecapId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RecapRouteConfiguration : IEntityTypeConfiguration<RecapRoute>
{
    public void Configure(EntityTypeBuilder<RecapRoute> builder)
    {
        builder.HasKey(r => r.AgencyId);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithOne().HasForeignKey<RecapRoute>(r => r.AgencyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Employee>().WithMany().HasForeignKey(r => r.AsistenId).OnDelete(DeleteBehavior.Restrict);
    }
}
