using Humanizer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Core.Content;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Features.Directory.Glossary;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>
/// A version (by default the latest, usually the draft) rendered with the public detail partial,
/// exactly as an anonymous visitor will see it once it is published; marked as a preview and
/// never indexed. The culture comes from the address like on public pages (…/vorschau/en).
/// </summary>
[Authorize(Roles = EditorPermissions.AreaRoles)]
public sealed class PreviewModel(ContentStore store, DirectoryQueries queries, GlossaryLinking glossary, SiteContext site, LanguageLinks languages) : PageModel
{
    public ContentItem Item { get; private set; } = null!;

    public ContentVersion Version { get; private set; } = null!;

    public DetailView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string key, [FromQuery(Name = "fassung")] int? number, CancellationToken ct)
    {
        var (item, refusal) = await EntryLookup.ForReadingAsync(store, User, key, ct);
        if (item is null)
        {
            return refusal!;
        }

        var version = number is { } n ? item.Versions.FirstOrDefault(v => v.Number == n) : item.Latest;
        if (version?.Translation(Cultures.Source) is null)
        {
            return NotFound();
        }

        (Item, Version) = (item, version);
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        var detail = await queries.PreviewAsync(item, version, ct);
        var suffix = number is null ? "" : $"?fassung={number}";
        languages.Set(languages.Cultures.ToDictionary(c => c, c => AdminLinks.EntryPreview(key, c) + suffix),
            languages.Cultures.Where(c => version.Translation(c) is not null));
        string? reviewed = version.LastReviewedOn is { } on
            ? on.ToDateTime(TimeOnly.MinValue).Humanize(utcDate: false, dateToCompareAgainst: site.LocalNow, culture: site.CultureInfo)
            : null;
        View = new DetailView(detail, await glossary.LinkAsync(detail, ct), reviewed, ShowInternalContact: false, await glossary.UsersAsync(detail, response: null, ct));
        return Page();
    }
}
