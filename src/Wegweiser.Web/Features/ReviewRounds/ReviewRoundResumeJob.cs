using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wegweiser.Data;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>
/// At start-up and then every lease (at most every minute): rounds whose sending started, that
/// have not expired and still have unsent requests without a live claim, are sent on by
/// <see cref="ReviewRoundSender"/>. This finishes what a crash, a restart or a failing mail server
/// interrupted; with several nodes, each email's claim decides which node sends it.
/// </summary>
public sealed class ReviewRoundResumeJob(IServiceScopeFactory scopes, ReviewRoundSender sender, TimeProvider time, IOptions<WegweiserOptions> options, ILogger<ReviewRoundResumeJob> logger)
    : BackgroundService
{
    public TimeSpan Interval => TimeSpan.FromTicks(Math.Min(options.Value.ReviewRounds.SendLease.Ticks, TimeSpan.FromMinutes(1).Ticks));

    /// <summary>One look; returns how many rounds it started sending on.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WegweiserDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var leaseEnded = now - options.Value.ReviewRounds.SendLease;
        var rounds = await db.ReviewRounds.AsNoTracking()
            .Where(r => r.SendingStartedUtc != null && r.ExpiresUtc > now)
            .Where(r => r.Requests.Any(q => q.SentUtc == null && (q.SendClaimedUtc == null || q.SendClaimedUtc < leaseEnded)))
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.LinkBaseUrl })
            .ToListAsync(ct);
        var started = 0;
        foreach (var round in rounds)
        {
            // The configured public address wins over the one the round was started with (as for reminders).
            var baseUrl = PublicUrl.Configured(options.Value.PublicBaseUrl) ?? round.LinkBaseUrl ?? "";
            if (sender.TryStart(round.Id, baseUrl))
            {
                started++;
                logger.LogInformation("Review round {Round}: sending resumed", round.Id);
            }
        }

        return started;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Background job {Job} failed", nameof(ReviewRoundResumeJob));
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
