using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wegweiser.Data.Configurations;

internal sealed class AccountActivityEntityTypeConfiguration : IEntityTypeConfiguration<AccountActivity>
{
    public void Configure(EntityTypeBuilder<AccountActivity> builder)
    {
        builder.HasKey(a => a.UserId);
        builder.HasOne<IdentityUser>().WithOne().HasForeignKey<AccountActivity>(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
