using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Data;
using Wegweiser.Web.Features.Email;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>
/// Sends a round's emails in the background, one request after another, and reports progress.
/// Each request is marked as sent and saved before its email goes out, and only unmarked requests
/// are taken: a second click, a second node or a restart never sends an email twice. An address
/// the mail server refuses is marked as bounced.
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
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WegweiserDbContext>();
            var sender = scope.ServiceProvider.GetRequiredService<IEmailSender>();
            var links = scope.ServiceProvider.GetRequiredService<ReviewLinks>();
            var site = scope.ServiceProvider.GetRequiredService<SiteContext>();
            var round = await db.ReviewRounds.SingleAsync(r => r.Id == roundId);
            round.SendingStartedUtc ??= time.GetUtcNow().UtcDateTime;
            round.LinkBaseUrl = baseUrl;
            await db.SaveChangesAsync();
            var pending = await db.ReviewRequests.Include(r => r.Entries).Where(r => r.RoundId == roundId && r.SentUtc == null).OrderBy(r => r.Id).ToListAsync();
            _progress[roundId] = new JobProgress(true, 0, pending.Count);
            var expires = TimeZoneInfo.ConvertTime(new DateTimeOffset(round.ExpiresUtc, TimeSpan.Zero), site.TimeZone).DateTime;
            foreach (var request in pending)
            {
                // Claimed first: if another sender took it in the meantime, the update touches no row.
                var claimed = await db.ReviewRequests.Where(r => r.Id == request.Id && r.SentUtc == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.SentUtc, time.GetUtcNow().UtcDateTime));
                if (claimed == 1)
                {
                    try
                    {
                        await sender.SendAsync(ReviewRoundEmail.Request(request.Email, baseUrl + links.PathFor(request.Id), request.Entries.Count, expires, request.Culture));
                    }
                    catch (Exception e) when (e is MailKit.Net.Smtp.SmtpCommandException or MailKit.ProtocolException or IOException or System.Net.Sockets.SocketException or FormatException or MimeKit.ParseException)
                    {
                        logger.LogWarning("Review request {Request} of round {Round} was refused: {Error}", request.Id, roundId, e.GetType().Name);
                        await db.ReviewRequests.Where(r => r.Id == request.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Bounced, true));
                    }
                }

                _progress[roundId] = new JobProgress(true, ++done, pending.Count);
            }

            _progress[roundId] = new JobProgress(false, done, pending.Count);
            logger.LogInformation("Review round {Round}: {Count} requests sent", roundId, done);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Sending review round {Round} stopped", roundId);
            _progress[roundId] = new JobProgress(false, done, _progress.GetValueOrDefault(roundId)?.Total ?? 0, Failed: true);
        }
    }
}
