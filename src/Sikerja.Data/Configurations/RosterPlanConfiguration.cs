using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sikerja.Data.Policies;
using Sikerja.Data.Rosters;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Tenants;

namespace Sikerja.Data.Configurations;

internal sealed class RosterPlanConfiguration : IEntityTypeConfiguration<RosterPlan>
{
    public void Configure(EntityTypeBuilder<RosterPlan> builder)
    {
        builder.Property(p => p.PolicyNumber).HasMaxLength(200);
        builder.Property(p => p.PolicySnapshot).HasConversion(StoredPolicyRules.Converter, StoredPolicyRules.Comparer);
        builder.HasIndex(p => new { p.TenantId, p.From });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Policy>().WithMany().HasForeignKey(p => p.PolicyId).OnDelete(DeleteBehavior.Restrict);
    }
}
