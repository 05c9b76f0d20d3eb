using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wegweiser.Data;
using Wegweiser.Data.ReviewRounds;
using Wegweiser.Web.Features.Email;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>
/// Hourly: sends the one reminder to every request of a running round that has had no answer for
/// the round's reminder time. Like the first email, the reminder is marked before it goes out, so
/// it is never sent twice.
/// </summary>
public sealed class ReviewReminderJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<WegweiserOptions> options, ILogger<ReviewReminderJob> logger)
    : HourlyJob(time, logger)
{
    public override async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WegweiserDbContext>();
        var sender = scope.ServiceProvider.GetRequiredService<IEmailSender>();
        var links = scope.ServiceProvider.GetRequiredService<ReviewLinks>();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        var now = Time.GetUtcNow().UtcDateTime;
        var due = await db.ReviewRequests.Include(r => r.Round).Include(r => r.Entries)
            .Where(r => r.SentUtc != null && r.ReminderSentUtc == null && !r.Bounced && r.Round!.ExpiresUtc > now)
            .Where(r => r.Entries.All(e => e.Answer == ReviewAnswer.None))
            .ToListAsync(ct);
        var sent = 0;
        foreach (var request in due.Where(r => r.SentUtc!.Value.AddDays(r.Round!.ReminderAfterDays) <= now))
        {
            var claimed = await db.ReviewRequests.Where(r => r.Id == request.Id && r.ReminderSentUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReminderSentUtc, now), ct);
            if (claimed != 1)
            {
                continue;
            }

            var expires = TimeZoneInfo.ConvertTime(new DateTimeOffset(request.Round!.ExpiresUtc, TimeSpan.Zero), zone).DateTime;
            // The configured public address wins over the one the round was sent with (it may have moved).
            var baseUrl = Feeds.PublicUrl.Configured(options.Value.PublicBaseUrl) ?? request.Round.LinkBaseUrl ?? "";
            try
            {
                await sender.SendAsync(ReviewRoundEmail.Reminder(request.Email, baseUrl + links.PathFor(request.Id), expires, request.Culture), ct);
                sent++;
            }
            catch (Exception e) when (e is MailKit.Net.Smtp.SmtpCommandException or MailKit.ProtocolException or IOException or System.Net.Sockets.SocketException)
            {
                logger.LogWarning("Reminder for review request {Request} was refused: {Error}", request.Id, e.GetType().Name);
                await db.ReviewRequests.Where(r => r.Id == request.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Bounced, true), ct);
            }
        }

        if (sent > 0)
        {
            logger.LogInformation("Sent {Count} review reminders", sent);
        }

        return sent;
    }
}
