using System.Globalization;
using Wegweiser.Core.Content;
using Wegweiser.Core.Review;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Directory.Glossary;

/// <summary>
/// Renders an entry's texts for its detail page (public or preview) with the published glossary's
/// terms linked and explained, in the visitor's language.
/// </summary>
public sealed class GlossaryLinking(
    GlossaryCatalog catalog, GlossaryUsage usage, ContentStore store, DirectoryQueries queries, HtmlRenderer html, SiteContext site)
{
    public async Task<LinkedTexts> LinkAsync(EntryDetail detail, CancellationToken ct = default)
    {
        var index = catalog.For(await queries.SnapshotAsync(ct));
        return Link(index, html, detail.Text, site.Culture, detail.Entry.Key);
    }

    /// <summary>
    /// For a glossary term's page: the published, current entries whose text in the visitor's
    /// language links the term, by title; empty for other entries. While the list is worked out
    /// again after a change, the page gets the last list and is not kept in the response cache.
    /// </summary>
    public async Task<IReadOnlyList<GlossaryUser>> UsersAsync(EntryDetail detail, HttpResponse? response, CancellationToken ct = default)
    {
        if (detail.Entry.Type != ContentType.GlossaryTerm)
        {
            return [];
        }

        var snapshot = await queries.SnapshotAsync(ct);
        var culture = site.Culture;
        var compare = StringComparer.Create(CultureInfo.GetCultureInfo(Cultures.Source), ignoreCase: true);
        var (entries, current) = await usage.EntriesUsingAsync(detail.Entry.Key, culture, snapshot, store, ct);
        if (!current && response is not null)
        {
            response.Headers.CacheControl = "no-store";
        }

        return entries
            .Where(e => e.Key != detail.Entry.Key && e.Key != DirectoryQueries.HomePageKey && !ReviewPolicy.HasEnded(e.Version.EndsOn, site.Today))
            .Select(e =>
            {
                var text = LocalizedText.For(e.Version, culture);
                var url = DirectorySection.For(e.Type).DetailUrl(culture, text.Translation.Slug);
                return new GlossaryUser(text.Title, url, text.IsFallback ? Cultures.Source : null);
            })
            .OrderBy(u => u.Title, compare)
            .ToList();
    }

    /// <summary>The texts of <paramref name="text"/> linked with <paramref name="index"/>, in reading order.</summary>
    public static LinkedTexts Link(GlossaryIndex index, HtmlRenderer html, LocalizedText text, string visitorCulture, string ownKey)
    {
        var page = new GlossaryPage(index, text.Lang, visitorCulture, ownKey);
        var summary = page.Text(text.Field(ContentFields.Summary));
        var body = page.Html(html.Render(text.Field(ContentFields.Body)).ToString());
        var fields = new Dictionary<string, Microsoft.AspNetCore.Html.IHtmlContent>();
        foreach (var name in LinkedTexts.FieldNames)
        {
            if (page.Text(text.Field(name)) is { } linked)
            {
                fields[name] = linked;
            }
        }

        return new LinkedTexts(summary, body, fields, page.Notes);
    }
}
