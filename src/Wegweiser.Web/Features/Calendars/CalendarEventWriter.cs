using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.History;
using Wegweiser.Data;
using Wegweiser.Data.Audit;
using Wegweiser.Data.Calendars;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Calendars.Reading;
using Wegweiser.Web.Features.Editorial.Entries;

namespace Wegweiser.Web.Features.Calendars;

/// <summary>
/// Turns one date of a subscribed calendar into an event entry of the organisation: a new draft
/// the first time, and on later fetches a change of the entry's editable version (a draft is
/// changed in place; a published entry gets a draft of its next version and stays live as it
/// was). Nothing is ever published here. Every change is audited field by field as the job's.
/// </summary>
public sealed class CalendarEventWriter(WegweiserDbContext db, ContentStore store, EntryWorkflow workflow, AuditTrail audit, TimeProvider time)
{
    /// <summary>Who the audit trail names for changes the calendar job makes.</summary>
    public const string JobUser = "kalender";

    private readonly HashSet<string> _slugsThisRun = new(StringComparer.Ordinal);

    public enum Outcome { Unchanged, Created, Updated }

    public async Task<Outcome> WriteAsync(CalendarSubscription subscription, CalendarOccurrence occurrence, CalendarEventLink? link, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var item = link is null ? null : await store.FindByIdAsync(link.ItemId, ct);
        if (item is null)
        {
            item = await CreateAsync(subscription, occurrence, now, ct);
            if (link is null)
            {
                db.CalendarEventLinks.Add(new CalendarEventLink
                {
                    SubscriptionId = subscription.Id, Uid = occurrence.Uid, RecurrenceId = occurrence.RecurrenceId, ItemId = item.Id, UpdatedUtc = now,
                });
            }
            else
            {
                link.ItemId = item.Id;
                link.UpdatedUtc = now;
            }

            return Outcome.Created;
        }

        var before = VersionFields.Of(item.Latest);
        var trial = new ContentVersion { Number = item.Latest.Number, Data = item.Latest.Data.Clone() };
        trial.Translations.AddRange(item.Latest.Translations.Select(tr => tr.Clone()));
        var slug = item.Latest.Translation(Cultures.Source)?.Slug ?? await FreeSlugAsync(occurrence, ct);
        Apply(trial, subscription, occurrence, slug);
        if (VersionFields.Diff(before, VersionFields.Of(trial)).Count == 0)
        {
            return Outcome.Unchanged;
        }

        var version = await workflow.BeginEditAsync(item, JobUser, ct);
        Apply(version, subscription, occurrence, slug);
        audit.Record(AuditActions.EntrySaved, JobUser, now,
            new AuditDetails { Changes = [.. VersionFields.Diff(before, VersionFields.Of(version))] }, item.Id, version.Number, Comment(subscription));
        link!.UpdatedUtc = now;
        return Outcome.Updated;
    }

    private async Task<ContentItem> CreateAsync(CalendarSubscription subscription, CalendarOccurrence occurrence, DateTime now, CancellationToken ct)
    {
        var key = await FreeKeyAsync(subscription, occurrence, ct);
        var item = ContentItem.Create(ContentType.Event, key, now, JobUser);
        Apply(item.Latest, subscription, occurrence, await FreeSlugAsync(occurrence, ct));
        store.Add(item);
        audit.Record(AuditActions.EntryCreated, JobUser, now,
            new AuditDetails { Changes = [.. VersionFields.Diff(null, item.Latest)] }, item.Id, 1, Comment(subscription));
        return item;
    }

    private static void Apply(ContentVersion version, CalendarSubscription subscription, CalendarOccurrence occurrence, string slug)
    {
        var data = version.Data;
        data.Organisation = subscription.OrganisationKey;
        data.Event = new EventData { Starts = occurrence.Starts, Ends = occurrence.Ends, Recurrence = Recurrence.None };
        if (occurrence.Url is { } url)
        {
            data.Contact ??= new ContactData();
            data.Contact.Website = url;
        }

        var german = version.Translation(Cultures.Source);
        var fields = german is null ? new Dictionary<string, string>() : new Dictionary<string, string>(german.Fields);
        Set(fields, ContentFields.Body, occurrence.Description);
        Set(fields, "place", occurrence.Location);
        version.SetTranslation(Cultures.Source, slug, occurrence.Title, fields);
        version.UpdateDerived(ContentType.Event);
    }

    private static void Set(Dictionary<string, string> fields, string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            fields.Remove(name);
        }
        else
        {
            fields[name] = value;
        }
    }

    private static string Comment(CalendarSubscription subscription) => $"Kalender-Abo {subscription.Id}";

    /// <summary>A key made from the subscription, UID and date, so it is the same whenever the date is fetched.</summary>
    private async Task<string> FreeKeyAsync(CalendarSubscription subscription, CalendarOccurrence occurrence, CancellationToken ct)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{subscription.Id}\n{occurrence.Uid}\n{occurrence.RecurrenceId}"));
        var key = "kalender-" + Convert.ToHexStringLower(hash)[..16];
        for (var n = 2; await db.ContentItems.AnyAsync(i => i.Key == key, ct) || db.ContentItems.Local.Any(i => i.Key == key); n++)
        {
            key = "kalender-" + Convert.ToHexStringLower(hash)[..16] + "-" + n;
        }

        return key;
    }

    /// <summary>The German title's slug with the date ("sommerfest-2027-06-12"), numbered when another event has it.</summary>
    private async Task<string> FreeSlugAsync(CalendarOccurrence occurrence, CancellationToken ct)
    {
        var title = Slug.From(occurrence.Title);
        var stem = Slug.From($"{(title.Length > 0 ? title[..Math.Min(title.Length, 90)] : "termin")} {occurrence.Starts:yyyy-MM-dd}");
        var slug = stem;
        for (var n = 2; _slugsThisRun.Contains(slug) || await SlugTakenAsync(slug, ct); n++)
        {
            slug = $"{stem}-{n}";
        }

        _slugsThisRun.Add(slug);
        return slug;
    }

    private Task<bool> SlugTakenAsync(string slug, CancellationToken ct) =>
        (from tr in db.ContentTranslations
         join v in db.ContentVersions on tr.VersionId equals v.Id
         join i in db.ContentItems on v.ItemId equals i.Id
         where tr.Culture == Cultures.Source && tr.Slug == slug && i.Type == ContentType.Event
         select tr.Id).AnyAsync(ct);
}
