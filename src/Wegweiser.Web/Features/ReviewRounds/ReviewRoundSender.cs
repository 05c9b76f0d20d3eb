using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Data;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>
/// Sends a round's emails in the background, one request after another, and reports progress.
/// Each email goes through <see cref="ReviewRequestMailer"/>: claimed with a lease, sent, marked
/// sent. A second click, a second node or a restart takes only unsent requests without a live
/// claim, so each email goes out once; what a crash interrupted goes out when
/// <see cref="ReviewRoundResumeJob"/> finds it. An address the mail server refuses is marked as bounced.
/// </summary>
public sealed class ReviewRoundSender(IServiceScopeFactory scopes, TimeProvider time, ILogger<ReviewRoundSender> logger)
{
    private readonly ConcurrentDictionary<long, JobProgress> _progress = new();

    public JobProgress? ProgressOf(long roundId) => _progress.GetValueOrDefault(roundId);

    /// <summary>Starts sending the unsent requests of a round; false when it is already sending.</summary>
    public bool TryStart(long roundId, string baseUrl)
    {
        var started = new JobProgress(true, 0, 0);
        var previous = _progress.GetValueOrDefault(roundId);
        if (previous?.IsRunning == true
            || !(previous is null ? _progress.TryAdd(roundId, started) : _progress.TryUpdate(roundId, started, previous)))
        {
            return false; // already sending, or another click won the race
        }

        _ = Task.Run(() => SendAsync(roundId, baseUrl));
        return true;
    }

    private async Task SendAsync(long roundId, string baseUrl)
    {
        var done = 0;
        var sent = 0;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WegweiserDbContext>();
            var mailer = scope.ServiceProvider.GetRequiredService<ReviewRequestMailer>();
            var links = scope.ServiceProvider.GetRequiredService<ReviewLinks>();
            var site = scope.ServiceProvider.GetRequiredService<SiteContext>();
            var email = scope.ServiceProvider.GetRequiredService<ReviewRoundEmail>();
            var round = await db.ReviewRounds.SingleAsync(r => r.Id == roundId);
            round.SendingStartedUtc ??= time.GetUtcNow().UtcDateTime;
            round.LinkBaseUrl = baseUrl;
            await db.SaveChangesAsync();
            var pending = await db.ReviewRequests.Include(r => r.Entries).Where(r => r.RoundId == roundId && r.SentUtc == null).OrderBy(r => r.Id).ToListAsync();
            _progress[roundId] = new JobProgress(true, 0, pending.Count);
            var expires = TimeZoneInfo.ConvertTime(new DateTimeOffset(round.ExpiresUtc, TimeSpan.Zero), site.TimeZone).DateTime;
            foreach (var request in pending)
            {
                var result = await mailer.SendAsync(request.Id, ReviewEmailKind.Request,
                    () => email.Request(request.Email, baseUrl + links.PathFor(request.Id), request.Entries.Count, expires, request.Culture));
                sent += result == ReviewEmailResult.Sent ? 1 : 0;
                _progress[roundId] = new JobProgress(true, ++done, pending.Count);
            }

            _progress[roundId] = new JobProgress(false, done, pending.Count);
            logger.LogInformation("Review round {Round}: {Sent} of {Count} requests sent", roundId, sent, done);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Sending review round {Round} stopped", roundId);
            _progress[roundId] = new JobProgress(false, done, _progress.GetValueOrDefault(roundId)?.Total ?? 0, Failed: true);
        }
    }
}
