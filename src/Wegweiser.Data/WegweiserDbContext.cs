using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Data.Configurations;

namespace Wegweiser.Data;

/// <summary>
/// The database of a Wegweiser site: content items with versions and translations, taxonomies,
/// accounts (ASP.NET Core Identity), applied recipes, the audit trail and the data-protection keys
/// (shared by every node on the database). Each provider has a subclass that owns its migrations.
/// </summary>
public abstract class WegweiserDbContext(DbContextOptions options) : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    public DbSet<ContentItem> ContentItems => Set<ContentItem>();

    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();

    public DbSet<ContentTranslation> ContentTranslations => Set<ContentTranslation>();

    public DbSet<TaxonomyTerm> TaxonomyTerms => Set<TaxonomyTerm>();

    public DbSet<AppliedRecipe> AppliedRecipes => Set<AppliedRecipe>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ContactRequest> ContactRequests => Set<ContactRequest>();

    public DbSet<MistakeReport> MistakeReports => Set<MistakeReport>();

    public DbSet<ScheduledAction> ScheduledActions => Set<ScheduledAction>();

    public DbSet<ContentChange> ContentChanges => Set<ContentChange>();

    public DbSet<AccountActivity> AccountActivities => Set<AccountActivity>();

    /// <summary>The keys behind auth cookies, antiforgery tokens, reset and review links.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ReviewRounds.ReviewRound> ReviewRounds => Set<ReviewRounds.ReviewRound>();

    public DbSet<ReviewRounds.ReviewRequest> ReviewRequests => Set<ReviewRounds.ReviewRequest>();

    public DbSet<ReviewRounds.ReviewRequestEntry> ReviewRequestEntries => Set<ReviewRounds.ReviewRequestEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new ContentItemEntityTypeConfiguration());
        builder.ApplyConfiguration(new ContentVersionEntityTypeConfiguration());
        builder.ApplyConfiguration(new ContentTranslationEntityTypeConfiguration());
        builder.ApplyConfiguration(new TaxonomyTermEntityTypeConfiguration());
        builder.Entity<AppliedRecipe>(e =>
        {
            e.HasKey(r => r.Name);
            e.Property(r => r.Name).HasMaxLength(120);
            e.Property(r => r.Hash).HasMaxLength(64);
        });
        builder.Entity<ContentChange>(e =>
        {
            e.HasIndex(c => c.ChangedUtc);
            e.Property(c => c.ItemIds).HasMaxLength(ContentChange.MaxItems * 37);
        });
        builder.Entity<ReviewRounds.ReviewRound>(e =>
        {
            e.Property(r => r.Title).HasMaxLength(200);
            e.Property(r => r.CreatedBy).HasMaxLength(256);
            e.Property(r => r.LinkBaseUrl).HasMaxLength(300);
            e.HasMany(r => r.Requests).WithOne(r => r.Round).HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ReviewRounds.ReviewRequest>(e =>
        {
            e.Property(r => r.Email).HasMaxLength(256);
            e.Property(r => r.OrganisationKey).HasMaxLength(200);
            e.Property(r => r.Culture).HasMaxLength(10);
            e.HasIndex(r => r.RoundId);
            e.HasMany(r => r.Entries).WithOne().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ReviewRounds.ReviewRequestEntry>(e =>
        {
            e.Property(x => x.ItemKey).HasMaxLength(200);
            e.HasIndex(x => new { x.RequestId, x.ItemKey }).IsUnique();
        });
        builder.Entity<AccountActivity>(e =>
        {
            e.HasKey(a => a.UserId);
            e.HasOne<IdentityUser>().WithOne().HasForeignKey<AccountActivity>(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ContactRequest>(e =>
        {
            e.Property(r => r.Name).HasMaxLength(ContactRequestLimits.Name);
            e.Property(r => r.Reach).HasMaxLength(ContactRequestLimits.Reach);
            e.Property(r => r.Message).HasMaxLength(ContactRequestLimits.Message);
            e.Property(r => r.Culture).HasMaxLength(10);
            e.HasIndex(r => r.CreatedUtc);
            e.HasIndex(r => r.ItemId);
        });
        builder.Entity<MistakeReport>(e =>
        {
            e.ToTable("Suggestions"); // the table keeps its first name
            e.Property(r => r.Message).HasMaxLength(ContactRequestLimits.Message);
            e.Property(r => r.Reach).HasMaxLength(ContactRequestLimits.Reach);
            e.Property(r => r.Culture).HasMaxLength(10);
            e.Property(r => r.DecidedBy).HasMaxLength(256);
            e.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(r => new { r.State, r.CreatedUtc });
        });
        builder.Entity<AuditEntry>(e =>
        {
            e.Property(a => a.Action).HasMaxLength(60);
            e.Property(a => a.UserName).HasMaxLength(256);
            e.Property(a => a.Comment).HasMaxLength(AuditEntryLimits.Comment);
            e.HasIndex(a => a.ItemId);
        });
        builder.Entity<ScheduledAction>(e =>
        {
            e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.CreatedBy).HasMaxLength(256);
            e.Property(a => a.Outcome).HasMaxLength(200);
            e.Property(a => a.VersionStamp).HasMaxLength(64);
            e.HasIndex(a => new { a.DoneUtc, a.DueUtc });
            e.HasIndex(a => a.ItemId);
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime column holds UTC; SQLite forgets the kind, so restore it on reading.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
