using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sikerja.Data.Schedule;
using Sikerja.Domain.People;
using Sikerja.Domain.Tenants;

namespace Sikerja.Data.Configurations;

internal sealed class ScheduleFeedConfiguration : IEntityTypeConfiguration<ScheduleFeed>
{
    public void Configure(EntityTypeBuilder<ScheduleFeed> builder)
    {
        builder.Property(f => f.TokenHash).HasMaxLength(64);
        // The feed is found by its token alone, before any tenant is known.
        builder.HasIndex(f => f.TokenHash).IsUnique();
        builder.HasIndex(f => new { f.TenantId, f.EmployeeId }).IsUnique();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(f => f.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(f => f.EmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}
