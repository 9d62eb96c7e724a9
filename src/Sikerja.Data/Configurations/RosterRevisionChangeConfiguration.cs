using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sikerja.Data.Rosters;
using Sikerja.Domain.People;

namespace Sikerja.Data.Configurations;

internal sealed class RosterRevisionChangeConfiguration : IEntityTypeConfiguration<RosterRevisionChange>
{
    public void Configure(EntityTypeBuilder<RosterRevisionChange> builder)
    {
        builder.HasKey(c => new { c.RevisionId, c.EmployeeId, c.Date });
        builder.HasIndex(c => new { c.EmployeeId, c.Date });
        builder.HasOne<RosterRevision>().WithMany().HasForeignKey(c => c.RevisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Employee>().WithMany().HasForeignKey(c => c.EmployeeId).OnDelete(DeleteBehavior.Restrict);
    }
}
