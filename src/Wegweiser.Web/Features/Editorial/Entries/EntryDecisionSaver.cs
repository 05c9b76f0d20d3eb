using Wegweiser.Data;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>
/// The one place where decisions on versions (publish, send back, reject) reach their authors:
/// saves the step first, then tells every <see cref="IEntryDecisionListener"/>, so nobody hears of
/// a decision that was not stored. Used by the entry's page, the moderation queue, the entry
/// list's bulk publish and the scheduled publishing job (which commits its own transaction and
/// then calls <see cref="NotifyAsync"/>).
/// </summary>
public sealed class EntryDecisionSaver(WegweiserDbContext db, IEnumerable<IEntryDecisionListener> listeners, ILogger<EntryDecisionSaver> logger)
{
    /// <summary>Saves all changes of the scope, then tells the listeners about <paramref name="decisions"/>.</summary>
    public async Task SaveAsync(IReadOnlyCollection<EntryDecision> decisions, string baseUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        await db.SaveChangesAsync(ct);
        await NotifyAsync(decisions, baseUrl, ct);
    }

    /// <summary>Tells the listeners about decisions already saved; a listener's failure is logged, never thrown.</summary>
    public async Task NotifyAsync(IReadOnlyCollection<EntryDecision> decisions, string baseUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        foreach (var decision in decisions)
        {
            foreach (var listener in listeners)
            {
                try
                {
                    await listener.DecidedAsync(decision.Item, decision.Version, decision.Kind, decision.Comment, baseUrl, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Telling {Listener} about a decision on entry {Key} failed", listener.GetType().Name, decision.Item.Key);
                }
            }
        }
    }
}
