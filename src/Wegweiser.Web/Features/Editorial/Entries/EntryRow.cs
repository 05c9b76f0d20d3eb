using Wegweiser.Core.Content;
using Wegweiser.Core.Review;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>One line of the entry list: the item, the version editors work on, and its review status.</summary>
public sealed record EntryRow(ContentItem Item, ContentVersion Latest, string Title, ReviewStatus Review, DateOnly? ReviewDue)
{
    public bool IsLive => Item.Published is not null;

    public static EntryRow Of(ContentItem item, ReviewPolicy policy, DateOnly today)
    {
        var latest = item.Latest;
        var reviewed = (item.Published ?? latest).LastReviewedOn;
        var created = DateOnly.FromDateTime(item.CreatedUtc);
        return new EntryRow(item, latest, latest.Translation(Cultures.Source)?.Title ?? item.Key,
            policy.StatusOf(item.Type, reviewed, created, today), policy.NextReviewDue(item.Type, reviewed, created));
    }
}
