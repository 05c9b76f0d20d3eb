using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.TakeAlong;

/// <summary>
/// The files a detail page offers: contact file, calendar file and QR code. Each answers 404 for
/// anything that is not a published, current entry offering that file.
/// </summary>
public static class TakeAlongEndpoints
{
    /// <summary>The QR code of an address never changes, so browsers may keep it for a week.</summary>
    private const string QrCodeCacheControl = "public, max-age=604800";

    public static void Map(IEndpointRouteBuilder app)
    {
        var entry = app.MapGroup("/{culture:culture}/{section}/{slug}");
        entry.MapGet($"/{TakeAlongLinks.VCardSegment}", VCardAsync);
        entry.MapGet($"/{TakeAlongLinks.CalendarSegment}", CalendarAsync);
        entry.MapGet($"/{TakeAlongLinks.QrCodeSegment}", QrCodeAsync);
    }

    private static async Task<IResult> VCardAsync(
        string section, string slug, HttpContext http, DirectoryQueries queries, SiteContext site, CancellationToken ct)
    {
        var detail = await TakeAlongRules.FindAsync(queries, section, slug, ct);
        if (detail is null || !TakeAlongRules.OffersVCard(detail))
        {
            return Results.NotFound();
        }

        var links = TakeAlongLinks.For(detail, site.Culture);
        var text = EntryVCard.Write(detail, Absolute(http, links.DetailUrl), Absolute(http, links.VCardUrl!));
        return Results.File(Encoding.UTF8.GetBytes(text), "text/vcard; charset=utf-8", $"{links.Slug}.vcf");
    }

    private static async Task<IResult> CalendarAsync(
        string section, string slug, HttpContext http, DirectoryQueries queries, SiteContext site, CancellationToken ct)
    {
        var detail = await TakeAlongRules.FindAsync(queries, section, slug, ct);
        if (detail is null || !TakeAlongRules.OffersCalendar(detail))
        {
            return Results.NotFound();
        }

        var links = TakeAlongLinks.For(detail, site.Culture);
        var text = EntryCalendar.Write(detail, Absolute(http, links.DetailUrl), new Uri(PublicUrl.BaseOf(http)).Host, site.TimeZone.Id);
        return Results.File(Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", $"{links.Slug}.ics");
    }

    private static async Task<IResult> QrCodeAsync(
        string section, string slug, HttpContext http, DirectoryQueries queries, SiteContext site,
        IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var detail = await TakeAlongRules.FindAsync(queries, section, slug, ct);
        if (detail is null || !TakeAlongRules.OffersTakeAlong(detail))
        {
            return Results.NotFound();
        }

        var url = Absolute(http, TakeAlongLinks.For(detail, site.Culture).DetailUrl).AbsoluteUri;
        var svg = Encoding.UTF8.GetBytes(QrCodeSvg.For(url, t["TakeAlong.QrTitle", url]));
        var tag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(svg))[..16]}\"");
        http.Response.Headers.CacheControl = QrCodeCacheControl;
        // With the entity tag, a browser that asks again gets 304 Not Modified and no body.
        return Results.File(svg, "image/svg+xml", entityTag: tag);
    }

    /// <summary>The absolute address of a path on this site, on its public address.</summary>
    private static Uri Absolute(HttpContext http, string path) => new(PublicUrl.Absolute(http, path));
}
