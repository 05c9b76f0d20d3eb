using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;
using Wegweiser.Data;
using Wegweiser.Data.ReviewRounds;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>
/// Chooses the entries of a new round (published entries of the chosen types whose review is due
/// by a date) and whom to ask: the email address of the entry's organisation, else the entry's own.
/// Entries sharing an address come together in one request, so every provider gets one email.
/// </summary>
public sealed class ReviewRoundPlanner(WegweiserDbContext db, ContentStore store, IOptions<WegweiserOptions> options, TimeProvider time)
{
    public sealed record Plan(IReadOnlyList<PlannedRequest> Requests, IReadOnlyList<(string Key, string Title)> WithoutAddress);

    public sealed record PlannedRequest(string Email, string? OrganisationKey, IReadOnlyList<string> ItemKeys);

    public async Task<Plan> PlanAsync(IReadOnlyCollection<ContentType> types, DateOnly dueBy, CancellationToken ct)
    {
        var policy = options.Value.Review;
        var published = await store.WithPublishedVersion().ToListAsync(ct);
        var organisations = published.Where(i => i.Type == ContentType.Organisation).ToDictionary(i => i.Key, i => i.Versions.Single());
        var due = published.Where(i => types.Contains(i.Type)).Where(i =>
        {
            var version = i.Versions.Single();
            return policy.NextReviewDue(i.Type, version.LastReviewedOn, DateOnly.FromDateTime(i.CreatedUtc)) is { } date && date <= dueBy;
        });

        var byAddress = new Dictionary<string, (string? Organisation, List<string> Keys)>(StringComparer.OrdinalIgnoreCase);
        var without = new List<(string, string)>();
        foreach (var item in due.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            var data = item.Versions.Single().Data;
            var organisation = data.Organisation is { } key && organisations.TryGetValue(key, out var org) ? (key, org.Data.Contact?.Email) : (null, null);
            var email = Usable(organisation.Email) ?? Usable(data.Contact?.Email);
            if (email is null)
            {
                without.Add((item.Key, item.Versions.Single().Translation(Cultures.Source)?.Title ?? item.Key));
                continue;
            }

            if (!byAddress.TryGetValue(email, out var group))
            {
                group = (organisation.Email is not null ? organisation.key : null, []);
                byAddress[email] = group;
            }

            group.Keys.Add(item.Key);
        }

        return new Plan(byAddress.Select(a => new PlannedRequest(a.Key, a.Value.Organisation, a.Value.Keys)).ToList(), without);
    }

    public async Task<ReviewRound> CreateAsync(string title, Plan plan, int validWeeks, int reminderAfterDays, string? createdBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var now = time.GetUtcNow().UtcDateTime;
        var round = new ReviewRound
        {
            Title = title,
            CreatedUtc = now,
            CreatedBy = createdBy,
            ExpiresUtc = now.AddDays(7 * validWeeks),
            ReminderAfterDays = reminderAfterDays,
            Requests = plan.Requests.Select(r => new ReviewRequest
            {
                Email = r.Email,
                OrganisationKey = r.OrganisationKey,
                Entries = r.ItemKeys.Select(k => new ReviewRequestEntry { ItemKey = k }).ToList(),
            }).ToList(),
        };
        await SetLanguagesAsync(round.Requests, ct);
        db.ReviewRounds.Add(round);
        await db.SaveChangesAsync(ct);
        return round;
    }

    /// <summary>
    /// The provider's language, where known: the email language (<see cref="Accounts.AccountLanguage"/>)
    /// of the account of a provider linked to the request's organisation or signed up with its address. The emails
    /// then carry that language as a second part.
    /// </summary>
    private async Task SetLanguagesAsync(IEnumerable<ReviewRequest> requests, CancellationToken ct)
    {
        var claims = await db.UserClaims.AsNoTracking()
            .Where(c => c.ClaimType == Editorial.EditorPermissions.OrganisationClaim || c.ClaimType == Translation.EditModel.CultureClaim || c.ClaimType == Accounts.AccountLanguage.ClaimType)
            .Select(c => new { c.UserId, c.ClaimType, c.ClaimValue }).ToListAsync(ct);
        var languages = claims.GroupBy(c => c.UserId)
            .Select(g => (User: g.Key, Language: Accounts.AccountLanguage.Of(g.Select(c => (c.ClaimType, c.ClaimValue)), options.Value.SiteCultures)))
            .Where(l => l.Language is not null).ToDictionary(l => l.User, l => l.Language!);
        if (languages.Count == 0)
        {
            return;
        }

        var emails = await db.Users.AsNoTracking().Where(u => languages.Keys.Contains(u.Id)).Select(u => new { u.Id, u.Email }).ToListAsync(ct);
        foreach (var request in requests)
        {
            var user = claims.FirstOrDefault(c => c.ClaimType == Editorial.EditorPermissions.OrganisationClaim && c.ClaimValue == request.OrganisationKey && languages.ContainsKey(c.UserId))?.UserId
                ?? emails.FirstOrDefault(u => string.Equals(u.Email, request.Email, StringComparison.OrdinalIgnoreCase))?.Id;
            request.Culture = user is null ? null : languages[user];
        }
    }

    private static string? Usable(string? email) =>
        EmailAddress.IsValid(email) ? email!.Trim() : null;
}
