using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;

namespace Wegweiser.Data.Stores;

/// <summary>
/// Adds a <see cref="ContentChange"/> to every save that touches content or taxonomies (so other
/// nodes hear of it) and raises <see cref="ContentChangeSignal"/> once the save succeeded.
/// </summary>
public sealed class ContentChangeInterceptor(ContentChangeSignal signal, TimeProvider time) : SaveChangesInterceptor
{
    /// <summary>Contexts whose current save touches content, with their log row; a weak table, so nothing leaks.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, ContentChange> Pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Signal(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Signal(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Remember(DbContext? context)
    {
        if (context is not null && !Pending.TryGetValue(context, out _) && context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity is ContentItem or ContentVersion or ContentTranslation or TaxonomyTerm))
        {
            var change = new ContentChange { ChangedUtc = time.GetUtcNow().UtcDateTime };
            context.Add(change);
            Pending.AddOrUpdate(context, change);
        }
    }

    private void Signal(DbContext? context)
    {
        if (context is not null && Pending.TryGetValue(context, out var change))
        {
            Pending.Remove(context);
            signal.Changed();
            signal.Observe(change.Id, raise: false);
        }
    }
}
