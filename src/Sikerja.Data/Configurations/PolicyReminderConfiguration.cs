using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Tenants;

namespace Sikerja.Data.Configurations;

internal sealed class PolicyReminderConfiguration : IEntityTypeConfiguration<PolicyReminder>
{
    public void Configure(EntityTypeBuilder<PolicyReminder> builder)
    {
        builder.HasIndex(r => new { r.PolicyId, r.SentAt });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Policy>().WithMany().HasForeignKey(r => r.PolicyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
