using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;

namespace Wegweiser.Data.Stores;

/// <summary>Raises <see cref="ContentChangeSignal"/> after a save that touched content or taxonomies.</summary>
public sealed class ContentChangeInterceptor(ContentChangeSignal signal) : SaveChangesInterceptor
{
    private static readonly object Marker = new();

    /// <summary>Contexts whose current save touches content; a weak table, so nothing leaks.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> Pending = [];

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

    private static void Remember(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity is ContentItem or ContentVersion or ContentTranslation or TaxonomyTerm))
        {
            Pending.AddOrUpdate(context, Marker);
        }
    }

    private void Signal(DbContext? context)
    {
        if (context is not null && Pending.Remove(context))
        {
            signal.Changed();
        }
    }
}
