using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Data.Audit;
using Wegweiser.Data.Calendars;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Calendars.Reading;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Calendars;

/// <summary>
/// What happens to the event entries of dates the partner took out of the calendar. A date still
/// ahead that a fetch no longer finds was cancelled or moved: its entry, if it is only a draft
/// nobody published, is archived (restorable from its history, audited as the job's); an entry
/// that is published or in review is left alone, because only the editors may take it offline,
/// and the subscription page lists it for them. Dates already past simply left the fetched window
/// and are kept. When the calendar may be incomplete (no dates at all, an event without a UID,
/// more dates than the limit) nothing is taken away.
/// </summary>
public sealed class CalendarGoneEvents(ContentStore store, AuditTrail audit, SiteClock clock, IStringLocalizer<SharedResource> t)
{
    public sealed record Gone(int Archived, IReadOnlyList<CalendarProblem> Notes);

    public async Task<Gone> HandleAsync(CalendarSubscription subscription, IReadOnlyList<CalendarEventLink> links, CalendarReader.Result result, DateTime nowUtc, CancellationToken ct)
    {
        if (result.Occurrences.Count == 0 || result.Problems.Any(p => p.Uid is null))
        {
            return new Gone(0, []);
        }

        var found = result.Occurrences.Select(o => (o.Uid, o.RecurrenceId)).ToHashSet();
        var unreadable = result.Problems.Select(p => p.Uid!).ToHashSet(StringComparer.Ordinal);
        var archived = 0;
        var notes = new List<CalendarProblem>();
        foreach (var link in links.Where(l => !found.Contains((l.Uid, l.RecurrenceId)) && !unreadable.Contains(l.Uid)))
        {
            if (await store.FindByIdAsync(link.ItemId, ct) is not { } item || !IsAhead(item))
            {
                continue;
            }

            if (item.Published is null && item.Latest.State == WorkflowState.Draft)
            {
                item.Archive(nowUtc);
                audit.Record(AuditActions.WorkflowArchived, CalendarEventWriter.JobUser, nowUtc,
                    new AuditDetails { From = nameof(WorkflowState.Draft), To = nameof(WorkflowState.Archived) },
                    item.Id, item.Latest.Number, $"Nicht mehr im Kalender (Kalender-Abo {subscription.Id})");
                archived++;
                notes.Add(Note(item, link, "Calendars.Gone.Archived"));
            }
            else if (item.Published is not null || item.Latest.State == WorkflowState.InReview)
            {
                notes.Add(Note(item, link, item.Published is not null ? "Calendars.Gone.Published" : "Calendars.Gone.InReview"));
            }
        }

        return new Gone(archived, notes);
    }

    /// <summary>Whether the entry's date (as published, else as drafted) is today or later.</summary>
    private bool IsAhead(ContentItem item) =>
        (item.Published ?? item.Latest).Data.Event?.Starts is { } starts && DateOnly.FromDateTime(starts) >= clock.Today;

    private CalendarProblem Note(ContentItem item, CalendarEventLink link, string reason)
    {
        var version = item.Published ?? item.Latest;
        var title = version.Translation(Cultures.Source)?.Title ?? item.Key;
        var starts = version.Data.Event!.Starts!.Value.ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.GetCultureInfo("de-DE"));
        return new CalendarProblem { Line = 0, Uid = link.Uid.Length <= 200 ? link.Uid : link.Uid[..200], ItemKey = item.Key, Reason = t[reason, title, starts].Value };
    }
}
