using Wegweiser.Core.Content;

namespace Wegweiser.Web.Features.Directory;

/// <summary>
/// Which published entries offer which things to take along. Only public data ever goes into
/// them (<see cref="PublicContact"/>, for anonymous visitors); initiatives get no contact file at all.
/// </summary>
public static class TakeAlongRules
{
    /// <summary>A contact file (vCard) for places one calls or visits, when they have public contact data.</summary>
    public static bool OffersVCard(EntryDetail detail) =>
        Offers(detail, TakeAlongKinds.ContactFile) && detail.Contacts().HasAny;

    /// <summary>
    /// A calendar file for events and courses with a known start. A yearly event that only names
    /// its month has no dates yet, so it has nothing to put in a calendar.
    /// </summary>
    public static bool OffersCalendar(EntryDetail detail) =>
        Offers(detail, TakeAlongKinds.Calendar) && (detail.Data.Event?.Starts is not null || detail.Data.Course?.Starts is not null);

    /// <summary>
    /// The QR code and the printable contact card, for everything one can go to or join; not for
    /// glossary terms and pages, which one reads rather than visits.
    /// </summary>
    public static bool OffersTakeAlong(EntryDetail detail) => Offers(detail, TakeAlongKinds.Card);

    private static bool Offers(EntryDetail detail, TakeAlongKinds kind) => ContentTypes.Of(detail.Entry.Type).TakeAlong.HasFlag(kind);

    /// <summary>
    /// The published, current entry behind a take-along address, or null (the caller answers 404).
    /// Goes through <see cref="DirectoryQueries"/>, so drafts and ended entries are never found.
    /// </summary>
    public static async Task<EntryDetail?> FindAsync(DirectoryQueries queries, string section, string slug, CancellationToken ct)
    {
        if (DirectorySection.BySegment(section) is not { } found || !Slug.IsValid(slug))
        {
            return null;
        }

        return await queries.DetailAsync(found, slug, ct);
    }
}
