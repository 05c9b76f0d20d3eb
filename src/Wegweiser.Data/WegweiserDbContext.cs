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

    public DbSet<EntryClaim> EntryClaims => Set<EntryClaim>();

    public DbSet<ScheduledAction> ScheduledActions => Set<ScheduledAction>();

    public DbSet<ContentChange> ContentChanges => Set<ContentChange>();

    public DbSet<AccountActivity> AccountActivities => Set<AccountActivity>();

    /// <summary>The keys behind auth cookies, antiforgery tokens, reset and review links.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Calendars.CalendarSubscription> CalendarSubscriptions => Set<Calendars.CalendarSubscription>();

    public DbSet<Calendars.CalendarEventLink> CalendarEventLinks => Set<Calendars.CalendarEventLink>();

    public DbSet<ReviewRounds.ReviewRound> ReviewRounds => Set<ReviewRounds.ReviewRound>();

    public DbSet<ReviewRounds.ReviewRequest> ReviewRequests => Set<ReviewRounds.ReviewRequest>();

    public DbSet<ReviewRounds.ReviewRequestEntry> ReviewRequestEntries => Set<ReviewRounds.ReviewRequestEntry>();

    /// <summary>Entries clubs and providers entered through the public form (Features/Registration).</summary>
    public DbSet<Registrations.Registration> Registrations => Set<Registrations.Registration>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new ContentItemEntityTypeConfiguration());
        builder.ApplyConfiguration(new ContentVersionEntityTypeConfiguration());
        builder.ApplyConfiguration(new ContentTranslationEntityTypeConfiguration());
        builder.ApplyConfiguration(new TaxonomyTermEntityTypeConfiguration());
        builder.ApplyConfiguration(new AppliedRecipeEntityTypeConfiguration());
        builder.ApplyConfiguration(new ContentChangeEntityTypeConfiguration());
        builder.ApplyConfiguration(new ReviewRoundEntityTypeConfiguration());
        builder.ApplyConfiguration(new ReviewRequestEntityTypeConfiguration());
        builder.ApplyConfiguration(new ReviewRequestEntryEntityTypeConfiguration());
        builder.ApplyConfiguration(new AccountActivityEntityTypeConfiguration());
        builder.ApplyConfiguration(new ContactRequestEntityTypeConfiguration());
        builder.ApplyConfiguration(new MistakeReportEntityTypeConfiguration());
        builder.ApplyConfiguration(new EntryClaimEntityTypeConfiguration());
        builder.ApplyConfiguration(new AuditEntryEntityTypeConfiguration());
        builder.ApplyConfiguration(new ScheduledActionEntityTypeConfiguration());
        builder.ApplyConfiguration(new CalendarSubscriptionEntityTypeConfiguration());
        builder.ApplyConfiguration(new CalendarEventLinkEntityTypeConfiguration());
        builder.ApplyConfiguration(new RegistrationEntityTypeConfiguration());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime column holds UTC; SQLite forgets the kind, so restore it on reading.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
