using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sikerja.Data.Rosters;
using Sikerja.Domain.People;

namespace Sikerja.Data.Configurations;

internal sealed class RosterEntryConfiguration : IEntityTypeConfiguration<RosterEntry>
{
    public void Configure(EntityTypeBuilder<RosterEntry> builder)
    {
        builder.HasKey(e => new { e.PlanId, e.EmployeeId, e.Date });
        builder.Ignore(e => e.Shifts);
        builder.Property(e => e.OverrideReason).HasMaxLength(400);
        builder.HasIndex(e => new { e.PlanId, e.UnitId, e.Date });
        // Serves the employee foreign key too; "my schedule" reads one employee's days by it.
        builder.HasIndex(e => new { e.EmployeeId, e.Date });
        builder.HasOne<RosterPlan>().WithMany().HasForeignKey(e => e.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Employee>().WithMany().HasForeignKey(e => e.EmployeeId).OnDelete(DeleteBehavior.Restrict);
    }
}
