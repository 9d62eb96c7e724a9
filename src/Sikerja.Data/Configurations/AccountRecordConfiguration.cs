using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sikerja.Data.Accounts;

namespace Sikerja.Data.Configurations;

internal sealed class AccountRecordConfiguration :
    IEntityTypeConfiguration<AppUserToken>, IEntityTypeConfiguration<AppUserClaim>, IEntityTypeConfiguration<AppUserLogin>
{
    public void Configure(EntityTypeBuilder<AppUserToken> builder) => builder.HasIndex(t => t.TenantId);

    public void Configure(EntityTypeBuilder<AppUserClaim> builder) => builder.HasIndex(c => c.TenantId);

    public void Configure(EntityTypeBuilder<AppUserLogin> builder) => builder.HasIndex(l => l.TenantId);
}
