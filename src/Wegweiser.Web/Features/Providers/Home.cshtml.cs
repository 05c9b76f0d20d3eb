using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Editorial;
using Wegweiser.Web.Features.Editorial.Entries;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Providers;

/// <summary>
/// The provider's start page: per organisation its entries with status and review due date,
/// "Stimmt noch" per entry (recorded as a review, as in a review round), new events and offers,
/// and who else has access (invite by email, remove).
/// </summary>
[Authorize(Roles = Roles.Provider)]
public sealed class HomeModel(ContentStore store, EntryWorkflow workflow, ProviderTeam team, SiteContext site, IStringLocalizer<SharedResource> t) : PageModel
{
    public const string Path = AdminLinks.ProviderHome;

    public sealed record Organisation(string Key, string Title, IReadOnlyList<EntryRow> Entries, IReadOnlyList<ProviderTeam.Member> Members);

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    /// <summary>The notice after an action (a resource key), from the redirect's query.</summary>
    public string? Notice { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "ok")] string? notice, CancellationToken ct)
    {
        Notice = notice is "geprueft" or "eingeladen" or "entfernt" ? $"Provider.Notice.{notice}" : null;
        await LoadAsync(ct);
    }

    /// <summary>"Stimmt noch" for one entry: the same step as on the staff dashboard, allowed for the provider's own entries.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(string key, CancellationToken ct)
    {
        var item = await store.FindByKeyAsync(key ?? "", ct);
        if (item is null || !EditorPermissions.CanMarkReviewed(User, item))
        {
            return NotFound();
        }

        var outcome = workflow.MarkReviewed(item, User);
        if (!outcome.Done)
        {
            return await FailAsync(outcome.Describe(t), ct);
        }

        await store.SaveAsync(ct);
        return Redirect($"{Path}?ok=geprueft");
    }

    public async Task<IActionResult> OnPostInviteAsync(string organisation, string? email, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email) || Core.Content.Rules.ContactRules.Email(email.Trim()) is not null)
        {
            return await FailAsync(t["Provider.Error.Email"], ct);
        }

        return await AfterAsync(await team.InviteAsync(User, organisation ?? "", email, PublicUrl.BaseOf(HttpContext), ct), "eingeladen", ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string organisation, string member, CancellationToken ct) =>
        await AfterAsync(await team.RemoveAsync(User, organisation ?? "", member ?? "", ct), "entfernt", ct);

    private async Task<IActionResult> AfterAsync(ProviderTeam.Outcome outcome, string done, CancellationToken ct) => outcome switch
    {
        ProviderTeam.Outcome.Done => Redirect($"{Path}?ok={done}"),
        ProviderTeam.Outcome.NotAllowed => NotFound(),
        _ => await FailAsync(t[$"Provider.Error.{outcome}"], ct),
    };

    private async Task<IActionResult> FailAsync(string error, CancellationToken ct)
    {
        Error = error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var mine = EditorPermissions.Organisations(User).Order(StringComparer.Ordinal).ToList();
        var items = await store.WithVersionsAndTranslations().AsNoTracking().ToListAsync(ct);
        var rows = items.Where(i => i.Versions.Count > 0 && EditorPermissions.CanEdit(User, i))
            .Select(i => EntryRow.Of(i, site.ReviewPolicy, site.Today)).ToList();
        var list = new List<Organisation>();
        foreach (var key in mine)
        {
            var title = await team.TitleAsync(key, ct) ?? key;
            var entries = rows.Where(r => r.Item.Key == key || r.Latest.Data.Organisation == key || r.Item.Published?.Data.Organisation == key)
                .OrderBy(r => r.Item.Key == key ? 0 : 1).ThenBy(r => r.Title, StringComparer.CurrentCulture).ToList();
            list.Add(new Organisation(key, title, entries, await team.MembersAsync(key, ct)));
        }

        Organisations = list;
    }
}
