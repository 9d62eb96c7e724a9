using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sikerja.Data.Notifications;
using Sikerja.Domain.People;
using Sikerja.Domain.Tenants;

namespace Sikerja.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Title).HasMaxLength(Notification.MaxTitleLength);
        builder.Property(n => n.Text).HasMaxLength(Notification.MaxTextLength);
        builder.Property(n => n.Link).HasMaxLength(Notification.MaxLinkLength);
        // The inbox, newest first; and the unread count in every page header, read from the index alone.
        builder.HasIndex(n => new { n.TenantId, n.EmployeeId, n.CreatedAt });
        builder.HasIndex(n => new { n.TenantId, n.EmployeeId, n.ReadAt });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(n => n.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(n => n.EmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}
