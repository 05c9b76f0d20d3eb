using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Data;
using Wegweiser.Data.Audit;
using Wegweiser.Data.Calendars;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Calendars.Fetching;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Calendars;

/// <summary>
/// <c>/admin/eintraege/&lt;organisation&gt;/kalender</c>: the organisation's calendar subscriptions,
/// what each last fetch brought and could not read; staff add and remove addresses (audited on
/// the organisation) and fetch one at once.
/// </summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.Publisher},{Roles.Editor}")]
public sealed class SubscriptionsModel(WegweiserDbContext db, ContentStore store, AuditTrail audit, CalendarImporter importer, TimeProvider time,
    ILogger<SubscriptionsModel> logger) : PageModel
{
    public ContentItem Organisation { get; private set; } = null!;

    public IReadOnlyList<CalendarSubscription> Subscriptions { get; private set; } = [];

    /// <summary>The address as typed, so a refused form comes back with it.</summary>
    [BindProperty(Name = "adresse")]
    public string? Address { get; set; }

    /// <summary>The resource key of why the address was refused.</summary>
    public string? AddressError { get; private set; }

    /// <summary>What was just done ("hinzugefuegt", "entfernt", "abgerufen") or that a fetch failed ("fehler"), for the notice.</summary>
    [BindProperty(SupportsGet = true, Name = "erledigt")]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct) =>
        await LoadAsync(key, ct) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(string key, CancellationToken ct)
    {
        if (await LoadAsync(key, ct) is { } refusal)
        {
            return refusal;
        }

        var (uri, error) = CalendarAddress.Parse(Address);
        if (uri is not null && Subscriptions.Any(s => s.Url == uri.AbsoluteUri))
        {
            error = "Calendars.Error.Duplicate";
        }

        if (uri is null || error is not null)
        {
            AddressError = error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.CalendarSubscriptions.Add(new CalendarSubscription
        {
            OrganisationKey = Organisation.Key, Url = uri.AbsoluteUri, CreatedBy = User.Identity?.Name, CreatedUtc = now,
        });
        audit.Record(AuditActions.CalendarAdded, User.Identity?.Name, now, new AuditDetails { Url = uri.AbsoluteUri }, Organisation.Id);
        await db.SaveChangesAsync(ct);
        return Redirect(AdminLinks.EntryCalendars(Organisation.Key) + "?erledigt=hinzugefuegt");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string key, long id, CancellationToken ct)
    {
        if (await LoadAsync(key, ct) is { } refusal)
        {
            return refusal;
        }

        var subscription = await db.CalendarSubscriptions.FirstOrDefaultAsync(s => s.Id == id && s.OrganisationKey == Organisation.Key, ct);
        if (subscription is null)
        {
            return NotFound();
        }

        db.CalendarEventLinks.RemoveRange(db.CalendarEventLinks.Where(l => l.SubscriptionId == id));
        db.CalendarSubscriptions.Remove(subscription);
        audit.Record(AuditActions.CalendarRemoved, User.Identity?.Name, time.GetUtcNow().UtcDateTime, new AuditDetails { Url = subscription.Url }, Organisation.Id);
        await db.SaveChangesAsync(ct);
        return Redirect(AdminLinks.EntryCalendars(Organisation.Key) + "?erledigt=entfernt");
    }

    public async Task<IActionResult> OnPostFetchAsync(string key, long id, CancellationToken ct)
    {
        if (await LoadAsync(key, ct) is { } refusal)
        {
            return refusal;
        }

        if (!Subscriptions.Any(s => s.Id == id))
        {
            return NotFound();
        }

        try
        {
            await importer.ImportAsync(id, ct);
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException)
        {
            // Nothing of the fetch was saved (one SaveChanges); most likely the job fetched the same calendar at the same time.
            logger.LogWarning(e, "Calendar subscription {Id}: the fetch could not be saved", id);
            return Redirect(AdminLinks.EntryCalendars(Organisation.Key) + "?erledigt=fehler");
        }

        return Redirect(AdminLinks.EntryCalendars(Organisation.Key) + "?erledigt=abgerufen");
    }

    /// <summary>Loads the organisation and its subscriptions, or the refusal (not an organisation: not found).</summary>
    private async Task<IActionResult?> LoadAsync(string key, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var item = Slug.IsValid(key) ? await store.ReadByKeyAsync(key, ct) : null;
        if (item is null || item.Type != ContentType.Organisation || item.Versions.Count == 0)
        {
            return NotFound();
        }

        Organisation = item;
        Subscriptions = await db.CalendarSubscriptions.AsNoTracking()
            .Where(s => s.OrganisationKey == key).OrderBy(s => s.Id).ToListAsync(ct);
        return null;
    }
}
