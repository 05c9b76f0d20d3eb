using Humanizer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Directory.Glossary;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Directory;

public sealed class DetailModel(DirectoryQueries queries, GlossaryLinking glossary, SiteContext site, LanguageLinks languages) : PageModel
{
    public EntryDetail? Detail { get; private set; }

    public LinkedTexts Texts { get; private set; } = null!;

    public IReadOnlyList<GlossaryUser> UsedBy { get; private set; } = [];

    public string? LastReviewed { get; private set; }

    public bool ShowInternalContact { get; private set; }

    public DetailView View => new(Detail!, Texts, LastReviewed, ShowInternalContact, UsedBy);

    public async Task<IActionResult> OnGetAsync(string section, string slug, CancellationToken ct)
    {
        if (DirectorySection.BySegment(section) is not { } found || !Slug.IsValid(slug))
        {
            return NotFound();
        }

        Detail = await queries.DetailAsync(found, slug, ct);
        if (Detail is null)
        {
            return NotFound();
        }

        if (Detail.Entry.Type == ContentType.VolunteerInitiative)
        {
            CompressionPolicy.DoNotCompress(HttpContext); // the page carries the contact form
        }

        var version = Detail.Entry.Version;
        if (version.Translation(site.Culture) is { } own && own.Slug != slug)
        {
            // Reached through the German slug although a translation exists: go to the page's own address.
            return RedirectPermanent(found.DetailUrl(site.Culture, own.Slug) + Request.QueryString);
        }

        var germanSlug = version.Translation(Cultures.Source)!.Slug;
        languages.Set(
            languages.Cultures.ToDictionary(c => c, c => found.DetailUrl(c, version.Translation(c)?.Slug ?? germanSlug)),
            languages.Cultures.Where(c => version.Translation(c) is not null));
        Texts = await glossary.LinkAsync(Detail, ct);
        UsedBy = await glossary.UsersAsync(Detail, Response, ct);
        if (Detail.Entry.Version.LastReviewedOn is { } reviewed)
        {
            LastReviewed = reviewed.ToDateTime(TimeOnly.MinValue)
                .Humanize(utcDate: false, dateToCompareAgainst: site.LocalNow, culture: site.CultureInfo);
        }

        ShowInternalContact = User.Identity?.IsAuthenticated == true && Accounts.Roles.SeeInternalContacts.Any(User.IsInRole);
        return Page();
    }
}
