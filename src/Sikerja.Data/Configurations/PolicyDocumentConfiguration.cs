using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Tenants;

namespace Sikerja.Data.Configurations;

internal sealed class PolicyDocumentConfiguration : IEntityTypeConfiguration<PolicyDocument>
{
    public void Configure(EntityTypeBuilder<PolicyDocument> builder)
    {
        builder.Property(d => d.FileName).HasMaxLength(PolicyDocumentRules.MaxFileNameLength);
        builder.Property(d => d.ContentType).HasMaxLength(40);
        builder.HasIndex(d => d.PolicyId).IsUnique();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Policy>().WithMany().HasForeignKey(d => d.PolicyId).OnDelete(DeleteBehavior.Cascade);
    }
}
