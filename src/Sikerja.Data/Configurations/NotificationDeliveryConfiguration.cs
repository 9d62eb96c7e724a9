using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sikerja.Data.Notifications;
using Sikerja.Domain.Tenants;

namespace Sikerja.Data.Configurations;

internal sealed class NotificationDeliveryConfiguration : IEntityTypeConfiguration<NotificationDelivery>
{
    public void Configure(EntityTypeBuilder<NotificationDelivery> builder)
    {
        builder.Property(d => d.Channel).HasMaxLength(40);
        builder.Property(d => d.Address).HasMaxLength(NotificationDelivery.MaxAddressLength);
        builder.Property(d => d.LastError).HasMaxLength(NotificationDelivery.MaxErrorLength);
        // The delivery job reads across tenants: what is due first, of what is neither sent nor given up.
        builder.HasIndex(d => new { d.SentAt, d.GaveUpAt, d.NextAttemptAt });
        builder.HasIndex(d => d.NotificationId);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Notification>().WithMany().HasForeignKey(d => d.NotificationId).OnDelete(DeleteBehavior.Cascade);
    }
}
