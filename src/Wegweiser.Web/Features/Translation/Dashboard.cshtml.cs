using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Features.Paging;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Translation;

/// <summary>The translation dashboard for staff and translators: coverage per language and type, outdated texts first.</summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.Publisher},{Roles.Editor},{Roles.Translator}")]
public sealed class DashboardModel(TranslationOverview overview, Microsoft.Extensions.Options.IOptions<WegweiserOptions> options, Machine.MachineTranslation machine) : PageModel
{
    /// <summary>Publishers and administrators may have missing translations suggested, when a service is configured.</summary>
    public bool CanSuggestMissing => machine.IsAvailable && Editorial.EditorPermissions.CanPublish(User);

    public IReadOnlyList<TranslationOverview.Row> Rows { get; private set; } = [];

    public const int PageSize = 50;

    /// <summary>The texts to translate on the page shown, outdated first.</summary>
    public IReadOnlyList<TranslationOverview.Item> Work { get; private set; } = [];

    /// <summary>Which page of how many texts to translate.</summary>
    public PageSlice Paging { get; private set; } = PageSlice.Of(0, 1, PageSize);

    public Pager Pager => new(Paging, page => page > 1 ? $"{AdminLinks.Translations}?{PageSlice.Param}={page}" : AdminLinks.Translations);

    public IReadOnlyList<string> Cultures => options.Value.SiteCultures;

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Rows, var work) = await overview.BuildAsync(Cultures, ct);
        Paging = PageSlice.Of(work.Count, PageSlice.Requested(Request.Query), PageSize);
        Work = Paging.Take(work);
    }
}
