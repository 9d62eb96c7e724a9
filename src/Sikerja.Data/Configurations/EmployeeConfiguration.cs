using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Tenants;

namespace Sikerja.Data.Configurations;

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> builder)
    {
        builder.Property(e => e.Nip).HasMaxLength(EmployeeRules.MaxNumberLength);
        builder.Property(e => e.Name).HasMaxLength(EmployeeRules.MaxNameLength);
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.Phone).HasMaxLength(24);
        builder.Property(e => e.PriorityHomeReason).HasMaxLength(400);
        builder.Property<string>(SearchKey.Column).HasMaxLength(EmployeeRules.MaxNameLength + EmployeeRules.MaxNumberLength + 1);
        builder.HasIndex(e => new { e.TenantId, e.Nip }).IsUnique();
        builder.HasIndex(e => new { e.TenantId, e.UnitId });
        builder.HasIndex(e => new { e.TenantId, e.SupervisorId });
        builder.HasIndex(e => new { e.TenantId, e.Name });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(e => e.SupervisorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(e => e.SupervisorOverride).OnDelete(DeleteBehavior.Restrict);
    }
}
