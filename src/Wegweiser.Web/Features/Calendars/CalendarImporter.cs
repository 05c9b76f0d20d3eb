using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Wegweiser.Data;
using Wegweiser.Data.Calendars;
using Wegweiser.Web.Features.Calendars.Fetching;
using Wegweiser.Web.Features.Calendars.Reading;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Calendars;

/// <summary>
/// One fetch of one subscription: fetch with limits, read, write each date as an event draft,
/// and record on the subscription when it was fetched, how many events were created and updated,
/// and what could not be read (in German, for the subscription page). All changes of a fetch are
/// saved together.
/// </summary>
public sealed class CalendarImporter(
    WegweiserDbContext db, CalendarFetcher fetcher, CalendarEventWriter writer, CalendarGoneEvents gone, SiteClock clock, TimeProvider time,
    IOptions<CalendarOptions> options, IStringLocalizer<SharedResource> t, ILogger<CalendarImporter> logger)
{
    /// <summary>
    /// Claims the subscription for one fetch: in one atomic update, marks it fetched now unless it was
    /// fetched less than <paramref name="fresh"/> ago (by this or another node). False: leave it.
    /// </summary>
    public async Task<bool> TryClaimAsync(long subscriptionId, TimeSpan fresh, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var staleBefore = now - fresh;
        return await db.CalendarSubscriptions
            .Where(s => s.Id == subscriptionId && (s.LastFetchedUtc == null || s.LastFetchedUtc < staleBefore))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastFetchedUtc, now), ct) == 1;
    }

    public async Task<CalendarSubscription?> ImportAsync(long subscriptionId, CancellationToken ct)
    {
        var subscription = await db.CalendarSubscriptions.FirstOrDefaultAsync(s => s.Id == subscriptionId, ct);
        if (subscription is null)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        subscription.LastFetchedUtc = now;
        CalendarReader.Result result;
        try
        {
            var bytes = await fetcher.FetchAsync(new Uri(subscription.Url), ct);
            result = new CalendarReader(clock.Zone, options.Value).Read(Decode(bytes), now);
            if (!result.IsCalendar)
            {
                throw new CalendarFetchException("Calendars.Error.NotCalendar");
            }
        }
        catch (CalendarFetchException e)
        {
            logger.LogInformation("Calendar subscription {Id} not fetched: {Reason}", subscription.Id, e.ResourceKey);
            subscription.LastError = Cut(t[e.ResourceKey, e.Arguments].Value, CalendarLimits.Error);
            subscription.LastCreated = subscription.LastUpdated = 0;
            subscription.Problems = [];
            await db.SaveChangesAsync(ct);
            return subscription;
        }

        await WriteAsync(subscription, result, ct);
        return subscription;
    }

    private async Task WriteAsync(CalendarSubscription subscription, CalendarReader.Result result, CancellationToken ct)
    {
        var links = await db.CalendarEventLinks.Where(l => l.SubscriptionId == subscription.Id).ToListAsync(ct);
        var byKey = links.ToDictionary(l => (l.Uid, l.RecurrenceId));
        int created = 0, updated = 0;
        foreach (var occurrence in result.Occurrences)
        {
            var outcome = await writer.WriteAsync(subscription, occurrence, byKey.GetValueOrDefault((occurrence.Uid, occurrence.RecurrenceId)), ct);
            created += outcome == CalendarEventWriter.Outcome.Created ? 1 : 0;
            updated += outcome == CalendarEventWriter.Outcome.Updated ? 1 : 0;
        }

        var removed = await gone.HandleAsync(subscription, links, result, time.GetUtcNow().UtcDateTime, ct);
        subscription.LastError = null;
        subscription.LastCreated = created;
        subscription.LastUpdated = updated;
        subscription.Problems = [.. result.Problems.Take(200).Select(p => new CalendarProblem
        {
            Line = p.Line,
            Uid = p.Uid is null ? null : Cut(p.Uid, 200),
            Reason = p.Argument is null ? t[p.ResourceKey].Value : t[p.ResourceKey, p.Argument].Value,
        }), .. removed.Notes.Take(200)];
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Calendar subscription {Id}: {Created} created, {Updated} updated, {Archived} archived, {Problems} problems",
            subscription.Id, created, updated, removed.Archived, result.Problems.Count);
    }

    /// <summary>iCalendar is UTF-8 (RFC 5545); a byte-order mark is dropped, invalid bytes become replacement characters.</summary>
    private static string Decode(byte[] bytes) =>
        bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3) : Encoding.UTF8.GetString(bytes);

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
