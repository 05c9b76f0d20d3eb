using Microsoft.EntityFrameworkCore;
using Wegweiser.Data;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// Reads the newest id of the change log (<see cref="ContentChange"/>) every quarter second. When
/// another node saved a change, it raises <see cref="ContentChangeSignal"/>, so this node's
/// caches and search index follow within a second, as they do for its own saves.
/// </summary>
public sealed class ContentChangeWatcher(IServiceScopeFactory scopes, ContentChangeSignal signal, ILogger<ContentChangeWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan AfterFailure = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var first = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Poll;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<WegweiserDbContext>();
                if (await db.ContentChanges.MaxAsync(c => (long?)c.Id, stoppingToken) is { } newest)
                {
                    // The first reading only sets the mark: caches and index start from the database anyway.
                    signal.Observe(newest, raise: !first);
                }

                first = false;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Reading the change log failed; trying again shortly");
                wait = AfterFailure;
            }

            try
            {
                await Task.Delay(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
