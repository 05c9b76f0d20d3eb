using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wegweiser.Data;
using Wegweiser.Data.ReviewRounds;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>
/// Hourly: sends the one reminder to every request of a running round that has had no answer for
/// the round's reminder time. Like the first email it goes through <see cref="ReviewRequestMailer"/>
/// (claimed with a lease, sent, marked), so it goes out once, also with several nodes.
/// </summary>
public sealed class ReviewReminderJob(IServiceScopeFactory scopes, TimeProvider time, SiteClock clock, IOptions<WegweiserOptions> options, ILogger<ReviewReminderJob> logger)
    : HourlyJob(time, logger)
{
    public override async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WegweiserDbContext>();
        var mailer = scope.ServiceProvider.GetRequiredService<ReviewRequestMailer>();
        var links = scope.ServiceProvider.GetRequiredService<ReviewLinks>();
        var now = Time.GetUtcNow().UtcDateTime;
        var due = await db.ReviewRequests.Include(r => r.Round).Include(r => r.Entries)
            .Where(r => r.SentUtc != null && r.ReminderSentUtc == null && !r.Bounced && r.Round!.ExpiresUtc > now)
            .Where(r => r.Entries.All(e => e.Answer == ReviewAnswer.None))
            .ToListAsync(ct);
        var sent = 0;
        foreach (var request in due.Where(r => r.SentUtc!.Value.AddDays(r.Round!.ReminderAfterDays) <= now))
        {
            var expires = clock.ToLocal(request.Round!.ExpiresUtc);
            // The configured public address wins over the one the round was sent with (it may have moved).
            var baseUrl = PublicUrl.Configured(options.Value.PublicBaseUrl) ?? request.Round.LinkBaseUrl ?? "";
            var result = await mailer.SendAsync(request.Id, ReviewEmailKind.Reminder,
                () => ReviewRoundEmail.Reminder(request.Email, baseUrl + links.PathFor(request.Id), expires, request.Culture), ct);
            sent += result == ReviewEmailResult.Sent ? 1 : 0;
        }

        if (sent > 0)
        {
            logger.LogInformation("Sent {Count} review reminders", sent);
        }

        return sent;
    }
}
