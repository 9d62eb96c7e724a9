using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sikerja.Data.Policies;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Tenants;

namespace Sikerja.Data.Configurations;

internal sealed class PolicyConfiguration : IEntityTypeConfiguration<Policy>
{
    public void Configure(EntityTypeBuilder<Policy> builder)
    {
        builder.Property(p => p.Number).HasMaxLength(PolicyRulesCheck.MaxNumberLength);
        builder.Property(p => p.Title).HasMaxLength(PolicyRulesCheck.MaxTitleLength);
        builder.Property(p => p.SignerName).HasMaxLength(PolicyLifecycle.MaxSignerLength);
        builder.Property(p => p.SignerPost).HasMaxLength(PolicyLifecycle.MaxSignerLength);
        builder.Property(p => p.RevocationReason).HasMaxLength(PolicyLifecycle.MaxReasonLength);
        builder.Property(p => p.Rules).HasConversion(StoredPolicyRules.Converter, StoredPolicyRules.Comparer);
        builder.HasIndex(p => new { p.TenantId, p.EffectiveFrom });
        builder.HasIndex(p => new { p.TenantId, p.SeriesId, p.Version }).IsUnique();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Policy>().WithMany().HasForeignKey(p => p.SupersededById).OnDelete(DeleteBehavior.Restrict);
    }
}
