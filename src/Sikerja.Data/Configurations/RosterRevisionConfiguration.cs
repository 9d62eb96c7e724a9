using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Tenants;

namespace Sikerja.Data.Configurations;

internal sealed class RosterRevisionConfiguration : IEntityTypeConfiguration<RosterRevision>
{
    public void Configure(EntityTypeBuilder<RosterRevision> builder)
    {
        builder.Property(r => r.ByName).HasMaxLength(200);
        builder.HasIndex(r => new { r.PlanId, r.At });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RosterPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
