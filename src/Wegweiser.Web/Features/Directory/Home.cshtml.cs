using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Directory;

public sealed class HomeModel(DirectoryQueries queries, HtmlRenderer html) : PageModel
{
    public LocalizedText? Intro { get; private set; }

    public IHtmlContent IntroHtml { get; private set; } = HtmlString.Empty;

    public IReadOnlyList<TaxonomyTerm> Topics { get; private set; } = [];

    public IReadOnlyList<TaxonomyTerm> Needs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Intro = await queries.PageTextAsync(DirectoryQueries.HomePageKey, ct);
        IntroHtml = html.Render(Intro?.Field(ContentFields.Body));
        Topics = await queries.TermsAsync(Taxonomy.Topic, ct);
        Needs = await queries.TermsAsync(Taxonomy.Need, ct);
    }
}
