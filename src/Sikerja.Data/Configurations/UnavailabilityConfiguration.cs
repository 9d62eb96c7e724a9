using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sikerja.Domain.People;
using Sikerja.Domain.Tenants;

namespace Sikerja.Data.Configurations;

internal sealed class UnavailabilityConfiguration : IEntityTypeConfiguration<Unavailability>
{
    public void Configure(EntityTypeBuilder<Unavailability> builder)
    {
        builder.Property(u => u.Note).HasMaxLength(400);
        builder.HasIndex(u => new { u.EmployeeId, u.From });
        builder.HasIndex(u => new { u.TenantId, u.To });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(u => u.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(u => u.EmployeeId).OnDelete(DeleteBehavior.Restrict);
    }
}
