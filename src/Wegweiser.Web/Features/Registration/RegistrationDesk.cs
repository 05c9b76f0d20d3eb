using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;
using Wegweiser.Data;
using Wegweiser.Data.Audit;
using Wegweiser.Data.Registrations;
using RegistrationRecord = Wegweiser.Data.Registrations.Registration;
using Wegweiser.Web.Features.Editorial.Entries;
using Wegweiser.Web.Features.Email;

namespace Wegweiser.Web.Features.Registration;

/// <summary>
/// Takes a registration in (stored with a hashed link token, the link mailed) and, when the link is
/// followed, makes the entry: a first version through <see cref="EntryEditing"/>, submitted for
/// review through <see cref="EntryWorkflow"/>, so it waits like any other draft. Nothing is public.
/// </summary>
public sealed class RegistrationDesk(
    WegweiserDbContext db, TimeProvider time, IOptions<RegistrationOptions> options, EmailOutbox outbox,
    EntryEditing editing, EntryWorkflow workflow, AuditTrail audit, ILogger<RegistrationDesk> logger)
{
    /// <summary>The author the entry's first version and the audit lines name (never the contact person).</summary>
    public const string Author = "Eintragsformular";

    /// <summary>What a link's token leads to.</summary>
    public enum LinkState { Unknown, Open, Expired, Used }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Stores a validated form and mails the confirmation link (<paramref name="linkOf"/> makes it from the token).</summary>
    public async Task SubmitAsync(RegistrationInput input, string culture, Func<string, string> linkOf, CancellationToken ct)
    {
        var (token, hash) = RegistrationTokens.Create();
        var registration = new RegistrationRecord
        {
            Type = input.ChosenType!.Value,
            Culture = culture,
            Input = JsonSerializer.Serialize(input),
            Title = input.Title!.Trim(),
            ContactName = input.ContactName!.Trim(),
            ContactEmail = input.ContactEmail!.Trim(),
            TokenHash = hash,
            CreatedUtc = Now,
            ExpiresUtc = Now + options.Value.LinkLifetime,
            State = RegistrationState.Unconfirmed,
        };
        db.Registrations.Add(registration);
        await db.SaveChangesAsync(ct);
        var message = RegistrationEmails.Confirm(registration.ContactEmail, registration.ContactName, registration.Title, linkOf(token), (int)options.Value.LinkLifetime.TotalHours, culture);
        if (!outbox.Enqueue(message))
        {
            logger.LogWarning("The outbox is full: the confirmation email of registration {Id} was dropped", registration.Id);
        }
    }

    /// <summary>The registration of a link, and whether the link still works.</summary>
    public async Task<(RegistrationRecord? Registration, LinkState State)> FindAsync(string? token, CancellationToken ct)
    {
        if (!RegistrationTokens.HasShape(token))
        {
            return (null, LinkState.Unknown);
        }

        var hash = RegistrationTokens.Hash(token!);
        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.TokenHash == hash, ct);
        return registration switch
        {
            null => (null, LinkState.Unknown),
            { State: not RegistrationState.Unconfirmed } => (registration, LinkState.Used),
            _ when registration.ExpiresUtc <= Now => (registration, LinkState.Expired),
            _ => (registration, LinkState.Open),
        };
    }

    /// <summary>
    /// Confirms an open registration once: it is claimed in one statement (a second click, or a second
    /// node, finds it claimed), then the entry is made and submitted for review.
    /// </summary>
    public async Task<bool> ConfirmAsync(RegistrationRecord registration, CancellationToken ct)
    {
        var now = Now;
        var claimed = await db.Registrations
            .Where(r => r.Id == registration.Id && r.State == RegistrationState.Unconfirmed && r.ExpiresUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RegistrationState.Waiting).SetProperty(r => r.ConfirmedUtc, now), ct);
        if (claimed == 0)
        {
            return false;
        }

        try
        {
            var item = await CreateEntryAsync(registration, ct);
            registration.State = RegistrationState.Waiting;
            registration.ConfirmedUtc = now;
            registration.ItemId = item.Id;
            registration.Input = "";
            audit.Record(AuditActions.RegistrationConfirmed, Author, now, itemId: item.Id, version: item.Latest.Number);
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch
        {
            await db.Registrations.Where(r => r.Id == registration.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RegistrationState.Unconfirmed).SetProperty(r => r.ConfirmedUtc, (DateTime?)null), CancellationToken.None);
            throw;
        }
    }

    private async Task<ContentItem> CreateEntryAsync(RegistrationRecord registration, CancellationToken ct)
    {
        var form = JsonSerializer.Deserialize<RegistrationInput>(registration.Input) ?? new RegistrationInput();
        var input = form.ToEntryInput();
        input.Slug = await FreeSlugAsync(registration.Type, Slug.From(form.Title ?? ""), ct);
        input.Key = input.Slug;
        var author = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, Author)], "registration"));
        var item = editing.Create(registration.Type, input, author);
        var outcome = workflow.SubmitCore(item, Author);
        if (!outcome.Done)
        {
            throw new InvalidOperationException($"A new entry could not be submitted for review: {outcome.Refusal}");
        }

        return item;
    }

    /// <summary>A slug (also the key) no entry has: the title's, else "eintrag", with -2, -3 … when taken.</summary>
    private async Task<string> FreeSlugAsync(ContentType type, string wanted, CancellationToken ct)
    {
        var stem = Slug.IsValid(wanted) && wanted != "neu" ? wanted[..Math.Min(wanted.Length, 110)].TrimEnd('-') : "eintrag";
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? stem : $"{stem}-{n}";
            var taken = await db.ContentItems.AnyAsync(i => i.Key == candidate, ct)
                || await (from tr in db.ContentTranslations
                          join v in db.ContentVersions on tr.VersionId equals v.Id
                          join i in db.ContentItems on v.ItemId equals i.Id
                          where tr.Slug == candidate && i.Type == type
                          select tr.Id).AnyAsync(ct);
            if (!taken)
            {
                return candidate;
            }
        }
    }
}
