using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Translation;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Paging;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Translation;

/// <summary>The translation dashboard for staff and translators: coverage per language and type, outdated texts first, then missing ones, then
/// machine translations nobody has checked; the list can be narrowed to one of these.</summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.Publisher},{Roles.Editor},{Roles.Translator}")]
public sealed class DashboardModel(TranslationOverview overview, Microsoft.Extensions.Options.IOptions<WegweiserOptions> options, Machine.MachineTranslation machine, Wegweiser.Data.WegweiserDbContext db) : PageModel
{
    /// <summary>Names of taxonomy terms over all languages: unchecked machine translations and missing ones.</summary>
    public (int Machine, int Missing) TermNames { get; private set; }

    /// <summary>Publishers and administrators may have missing translations suggested, when a service is configured.</summary>
    public bool CanSuggestMissing => machine.IsAvailable && Editorial.EditorPermissions.CanPublish(User);

    public IReadOnlyList<TranslationOverview.Row> Rows { get; private set; } = [];

    public const int PageSize = 50;

    /// <summary>The texts to translate on the page shown, outdated first.</summary>
    public IReadOnlyList<TranslationOverview.Item> Work { get; private set; } = [];

    /// <summary>Which page of how many texts to translate.</summary>
    public PageSlice Paging { get; private set; } = PageSlice.Of(0, 1, PageSize);

    public Pager Pager => new(Paging, page => Link(Shown, page));

    /// <summary>The query parameter that narrows the work list to one status.</summary>
    public const string StatusParam = "zustand";

    /// <summary>The statuses the work list can be narrowed to, by their word in the address.</summary>
    public static readonly IReadOnlyDictionary<string, TranslationStatus> StatusWords = new Dictionary<string, TranslationStatus>
    {
        ["veraltet"] = TranslationStatus.Outdated,
        ["fehlt"] = TranslationStatus.Missing,
        ["maschinell"] = TranslationStatus.MachineTranslated,
    };

    /// <summary>The status the work list shows, or null for all.</summary>
    public string? Shown { get; private set; }

    /// <summary>The dashboard's address with a status filter and page.</summary>
    public static string Link(string? status, int page = 1)
    {
        var query = new List<string>();
        if (status is not null)
        {
            query.Add($"{StatusParam}={status}");
        }

        if (page > 1)
        {
            query.Add($"{PageSlice.Param}={page}");
        }

        return query.Count == 0 ? AdminLinks.Translations : $"{AdminLinks.Translations}?{string.Join('&', query)}";
    }

    public IReadOnlyList<string> Cultures => options.Value.SiteCultures;

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Rows, var work) = await overview.BuildAsync(Cultures, ct);
        var terms = await db.TaxonomyTerms.AsNoTracking().ToListAsync(ct);
        var others = Cultures.Where(c => c != Wegweiser.Core.Content.Cultures.Source).ToList();
        TermNames = (others.Sum(c => terms.Count(t => t.IsMachineTranslatedIn(c))), others.Sum(c => terms.Count(t => !t.Names.ContainsKey(c))));
        // An unknown word shows everything rather than an error: the address is only ever made by the links.
        if (StatusWords.TryGetValue(Request.Query[StatusParam].ToString(), out var status))
        {
            Shown = Request.Query[StatusParam].ToString();
            work = [.. work.Where(w => w.Status == status)];
        }

        Paging = PageSlice.Of(work.Count, PageSlice.Requested(Request.Query), PageSize);
        Work = Paging.Take(work);
    }
}
