using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;

namespace Wegweiser.Data.Stores;

/// <summary>
/// Adds a <see cref="ContentChange"/> to every save that touches content or taxonomies (so other
/// nodes hear of it) and raises <see cref="ContentChangeSignal"/> once the save succeeded, or,
/// when the save is part of an explicit transaction, once that transaction is committed (before,
/// the search index would read the old state; a rolled-back change is not signalled at all).
/// </summary>
public sealed class ContentChangeInterceptor(ContentChangeSignal signal, TimeProvider time) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>Contexts whose current save touches content, with their log row; a weak table, so nothing leaks.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, ContentChange> Pending = [];

    /// <summary>Saved changes of contexts whose transaction is not committed yet.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, List<ContentChange>> AwaitingCommit = [];

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
        if (context is null || Pending.TryGetValue(context, out _))
        {
            return;
        }

        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity is ContentItem or ContentVersion or ContentTranslation or TaxonomyTerm)
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var change = new ContentChange { ChangedUtc = time.GetUtcNow().UtcDateTime, ItemIds = ContentChange.Format(ItemsOf(context, changed)) };
        context.Add(change);
        Pending.AddOrUpdate(context, change);
    }

    /// <summary>The items a save touches, or null when it touches taxonomies or an item it cannot tell.</summary>
    private static HashSet<Guid>? ItemsOf(DbContext context, IEnumerable<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry> changed)
    {
        var items = new HashSet<Guid>();
        foreach (var entry in changed)
        {
            Guid? id = entry.Entity switch
            {
                ContentItem item => item.Id,
                ContentVersion version => version.ItemId,
                ContentTranslation translation => context.ChangeTracker.Entries<ContentVersion>()
                    .FirstOrDefault(v => v.Entity.Id == translation.VersionId || v.Entity.Translations.Contains(translation))?.Entity.ItemId,
                _ => null,
            };
            if (id is not { } known || known == Guid.Empty)
            {
                return null;
            }

            items.Add(known);
        }

        return items;
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context && AwaitingCommit.TryGetValue(context, out var changes))
        {
            AwaitingCommit.Remove(context);
            changes.ForEach(Raise);
        }
    }

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            AwaitingCommit.Remove(context);
        }
    }

    public Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    private void Signal(DbContext? context)
    {
        if (context is null || !Pending.TryGetValue(context, out var change))
        {
            return;
        }

        Pending.Remove(context);
        if (context.Database.CurrentTransaction is null)
        {
            Raise(change);
        }
        else
        {
            AwaitingCommit.GetOrCreateValue(context).Add(change);
        }
    }

    private void Raise(ContentChange change)
    {
        signal.Changed(ContentChange.Parse(change.ItemIds));
        signal.MarkKnown(change.Id);
    }
}
