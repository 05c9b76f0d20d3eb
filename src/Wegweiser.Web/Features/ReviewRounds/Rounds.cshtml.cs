using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wegweiser.Core.Content;
using Wegweiser.Data;
using Wegweiser.Data.ReviewRounds;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Paging;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>
/// <c>/admin/pruefrunden</c>: the review rounds with their progress, and a form that starts a new
/// one for the entries of chosen types whose review is due by a date.
/// </summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.Publisher}")]
public sealed class RoundsModel(WegweiserDbContext db, ReviewRoundPlanner planner, SiteContext site, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>The types that have review intervals and providers to ask (<see cref="ReviewPolicy.ReviewableTypes"/>).</summary>
    public IReadOnlyList<ContentType> Types => site.ReviewPolicy.ReviewableTypes;

    [BindProperty]
    public NewRound Input { get; set; } = new();

    public IReadOnlyList<(ReviewRound Round, RoundProgress Progress)> Rounds { get; private set; } = [];

    /// <summary>Which page of how many rounds, newest first.</summary>
    public PageSlice Paging { get; private set; } = PageSlice.Of(0, 1);

    /// <summary>The pager: always a plain GET of the list, also after a refused form.</summary>
    public Pager Pager => new(Paging, page => page > 1 ? $"{AdminLinks.ReviewRounds}?{PageSlice.Param}={page}" : AdminLinks.ReviewRounds);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new NewRound
        {
            Title = t["ReviewRounds.DefaultTitle", site.Today.Year],
            DueBy = new DateOnly(site.Today.Year, 12, 31),
            Types = [ContentType.Service],
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.Types.Count == 0)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(NewRound.Types)}", t["ReviewRounds.Error.NoTypes"]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var plan = await planner.PlanAsync(Input.Types.Where(Types.Contains).ToList(), Input.DueBy!.Value, ct);
        if (plan.Requests.Count == 0)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(NewRound.DueBy)}", plan.WithoutAddress.Count == 0
                ? t["ReviewRounds.Error.NothingDue"]
                : t["ReviewRounds.Error.NoAddresses"]);
            await LoadAsync(ct);
            return Page();
        }

        var round = await planner.CreateAsync(Input.Title!.Trim(), plan, Input.ValidWeeks, Input.ReminderAfterDays, User.Identity?.Name, ct);
        TempData["WithoutAddress"] = string.Join("\n", plan.WithoutAddress.Select(w => w.Title));
        return Redirect(AdminLinks.ReviewRound(round.Id));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Paging = PageSlice.Of(await db.ReviewRounds.CountAsync(ct), PageSlice.Requested(Request.Query));
        var rounds = await db.ReviewRounds.AsNoTracking().Include(r => r.Requests).ThenInclude(r => r.Entries)
            .OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id).Skip(Paging.Skip).Take(Paging.Size).ToListAsync(ct);
        Rounds = rounds.Select(r => (r, RoundProgress.Of(r))).ToList();
    }

    /// <summary>The form; its error messages are resource keys (data annotations are localized from the shared resources).</summary>
    public sealed class NewRound
    {
        [Required(ErrorMessage = "ReviewRounds.Error.TitleRequired")]
        [StringLength(200, ErrorMessage = "ReviewRounds.Error.TitleLength")]
        public string? Title { get; set; }

        public List<ContentType> Types { get; set; } = [];

        [Required(ErrorMessage = "ReviewRounds.Error.DueByRequired")]
        public DateOnly? DueBy { get; set; }

        [Range(1, 26, ErrorMessage = "ReviewRounds.Error.ValidWeeks")]
        public int ValidWeeks { get; set; } = 6;

        [Range(1, 120, ErrorMessage = "ReviewRounds.Error.ReminderAfterDays")]
        public int ReminderAfterDays { get; set; } = 14;
    }
}
