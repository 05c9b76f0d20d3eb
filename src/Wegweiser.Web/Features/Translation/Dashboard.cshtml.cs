using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Web.Features.Accounts;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Translation;

/// <summary>The translation dashboard for staff and translators: coverage per language and type, outdated texts first.</summary>
[Authorize(Roles = $"{Roles.Administrator},{Roles.Publisher},{Roles.Editor},{Roles.Translator}")]
public sealed class DashboardModel(TranslationOverview overview, Microsoft.Extensions.Options.IOptions<WegweiserOptions> options) : PageModel
{
    public IReadOnlyList<TranslationOverview.Row> Rows { get; private set; } = [];

    public IReadOnlyList<TranslationOverview.Item> Work { get; private set; } = [];

    public IReadOnlyList<string> Cultures => options.Value.SiteCultures;

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Rows, Work) = await overview.BuildAsync(Cultures, ct);
    }
}
