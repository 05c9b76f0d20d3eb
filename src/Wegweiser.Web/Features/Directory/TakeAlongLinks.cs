
namespace Wegweiser.Web.Features.Directory;

/// <summary>
/// The addresses of what a detail page offers to take along (see <see cref="TakeAlongRules"/>);
/// the files an entry does not offer are null. All hang below the detail page's own address, so
/// they never clash with it.
/// </summary>
public sealed record TakeAlongLinks(string DetailUrl, string Slug, string QrCodeUrl, string CardUrl, string? VCardUrl, string? CalendarUrl)
{
    public const string VCardSegment = "kontakt.vcf";
    public const string CalendarSegment = "kalender.ics";
    public const string QrCodeSegment = "qr.svg";
    public const string CardSegment = "karte";

    public static TakeAlongLinks For(EntryDetail detail, string culture)
    {
        var slug = detail.Text.Translation.Slug;
        var page = detail.Section.DetailUrl(culture, slug);
        return new TakeAlongLinks(
            page,
            slug,
            $"{page}/{QrCodeSegment}",
            $"{page}/{CardSegment}",
            TakeAlongRules.OffersVCard(detail) ? $"{page}/{VCardSegment}" : null,
            TakeAlongRules.OffersCalendar(detail) ? $"{page}/{CalendarSegment}" : null);
    }
}
