using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wegweiser.Data;
using Wegweiser.Data.ReviewRounds;
using Wegweiser.Web.Features.Email;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>Which email of a review request: the request itself or the one reminder.</summary>
public enum ReviewEmailKind
{
    Request,
    Reminder,
}

/// <summary>What came of one attempt to send a review request's email.</summary>
public enum ReviewEmailResult
{
    /// <summary>Already sent, or another node holds a live claim on it: nothing done.</summary>
    NotClaimed,

    Sent,

    /// <summary>The mail server refused the address: marked as not deliverable, never tried again.</summary>
    Refused,

    /// <summary>The mail server could not be reached or failed: tried again when the claim's lease ends.</summary>
    Failed,
}

/// <summary>
/// Sends one email of a review request at least once and, as far as a mail server allows, once:
/// claim it in the database with a lease (the update is the guard: of several nodes, or a node and
/// the next start, exactly one gets it), hand it to the mail server, then mark it sent. A crash
/// between claim and mark leaves a claim whose lease runs out, and the email goes out from the next
/// node or start (<see cref="ReviewRoundResumeJob"/>). Only in the short moment after the server
/// took it and before the mark can a crash make it go out twice; both copies carry the same
/// Message-ID (<c>review-…</c>), so they are recognisably one message.
/// </summary>
public sealed class ReviewRequestMailer(WegweiserDbContext db, IEmailSender sender, TimeProvider time, IOptions<WegweiserOptions> options, ILogger<ReviewRequestMailer> logger)
{
    /// <summary>The left part of the email's Message-ID: the same for every repeat.</summary>
    public static string MessageKey(long requestId, ReviewEmailKind kind) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(kind == ReviewEmailKind.Request ? "review" : "review-reminder")}-{requestId}");

    public async Task<ReviewEmailResult> SendAsync(long requestId, ReviewEmailKind kind, Func<EmailMessage> compose, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var now = time.GetUtcNow().UtcDateTime;
        var leaseEnded = now - options.Value.ReviewRounds.SendLease;
        var unclaimed = db.ReviewRequests.Where(r => r.Id == requestId && (r.SendClaimedUtc == null || r.SendClaimedUtc < leaseEnded));
        unclaimed = kind == ReviewEmailKind.Request
            ? unclaimed.Where(r => r.SentUtc == null)
            : unclaimed.Where(r => r.SentUtc != null && r.ReminderSentUtc == null && !r.Bounced);
        var claimed = await unclaimed.ExecuteUpdateAsync(s => s
            .SetProperty(r => r.SendClaimedUtc, now)
            .SetProperty(r => r.SendAttempts, r => r.SendAttempts + 1), ct);
        if (claimed != 1)
        {
            return ReviewEmailResult.NotClaimed;
        }

        try
        {
            await sender.SendAsync(compose() with { MessageKey = MessageKey(requestId, kind) }, ct);
        }
        catch (Exception e) when (EmailFailure.IsRefusal(e))
        {
            logger.LogWarning("Review {Kind} {Request} was refused: {Error}", kind, requestId, e.GetType().Name);
            await MarkAsync(requestId, kind, bounced: true);
            return ReviewEmailResult.Refused;
        }
        catch (Exception e) when (EmailFailure.IsTransient(e))
        {
            // The server's problem, not the address's: the claim stays and runs out, then it is tried again.
            var attempts = await db.ReviewRequests.Where(r => r.Id == requestId).Select(r => r.SendAttempts).SingleAsync(ct);
            logger.LogWarning("Review {Kind} {Request} could not be sent (attempt {Attempt}), tried again in {Lease}: {Error}",
                kind, requestId, attempts, options.Value.ReviewRounds.SendLease, e.GetType().Name);
            return ReviewEmailResult.Failed;
        }

        await MarkAsync(requestId, kind, bounced: false);
        return ReviewEmailResult.Sent;
    }

    /// <summary>Not cancelled with the site: the email is out, so the mark must be written.</summary>
    private async Task MarkAsync(long requestId, ReviewEmailKind kind, bool bounced)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var request = db.ReviewRequests.Where(r => r.Id == requestId);
        _ = kind == ReviewEmailKind.Request
            ? await request.ExecuteUpdateAsync(s => s.SetProperty(r => r.SentUtc, now).SetProperty(r => r.SendClaimedUtc, (DateTime?)null)
                .SetProperty(r => r.SendAttempts, 0).SetProperty(r => r.Bounced, r => r.Bounced || bounced), CancellationToken.None)
            : await request.ExecuteUpdateAsync(s => s.SetProperty(r => r.ReminderSentUtc, now).SetProperty(r => r.SendClaimedUtc, (DateTime?)null)
                .SetProperty(r => r.SendAttempts, 0).SetProperty(r => r.Bounced, r => r.Bounced || bounced), CancellationToken.None);
    }
}
