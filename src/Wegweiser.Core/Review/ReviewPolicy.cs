using Wegweiser.Core.Content;

namespace Wegweiser.Core.Review;

/// <summary>
/// Review intervals per content type: the concept renews the advice overview every two years and
/// the club platform every year. Courses and events have no interval: they end by their dates.
/// </summary>
public sealed class ReviewPolicy
{
    /// <summary>Months between reviews per type; the defaults come from <see cref="ContentTypes"/>, configuration may change them.</summary>
    public Dictionary<ContentType, int> IntervalMonths { get; set; } =
        ContentTypes.All.Where(i => i.ReviewMonths is not null).ToDictionary(i => i.Type, i => i.ReviewMonths!.Value);

    /// <summary>The types that have a review interval (and providers to ask), the longest interval first.</summary>
    public IReadOnlyList<ContentType> ReviewableTypes =>
        ContentTypes.All.Where(i => IntervalMonths.ContainsKey(i.Type)).OrderByDescending(i => IntervalMonths[i.Type]).Select(i => i.Type).ToList();

    /// <summary>An entry is "due soon" this many days before its review date.</summary>
    public int DueSoonDays { get; set; } = 60;

    /// <summary>
    /// When the entry must be checked next; null for types without a review cycle. An entry never
    /// reviewed is due from the day it was created.
    /// </summary>
    public DateOnly? NextReviewDue(ContentType type, DateOnly? lastReviewed, DateOnly created) =>
        IntervalMonths.TryGetValue(type, out var months)
            ? lastReviewed?.AddMonths(months) ?? created
            : null;

    public ReviewStatus StatusOf(ContentType type, DateOnly? lastReviewed, DateOnly created, DateOnly today)
    {
        var due = NextReviewDue(type, lastReviewed, created);
        if (due is null)
        {
            return ReviewStatus.NotApplicable;
        }

        if (due.Value <= today)
        {
            return ReviewStatus.Overdue;
        }

        return due.Value <= today.AddDays(DueSoonDays) ? ReviewStatus.DueSoon : ReviewStatus.Current;
    }

    /// <summary>The last day of a course or a one-off event; null where the item does not end.</summary>
    public static DateOnly? EndOf(ContentType type, ContentData data) => type switch
    {
        ContentType.Course => data.Course?.Ends,
        ContentType.Event when data.Event is { Recurrence: Recurrence.None } e =>
            e.Ends is { } end ? DateOnly.FromDateTime(end) : e.Starts is { } start ? DateOnly.FromDateTime(start) : null,
        _ => null,
    };

    /// <summary>Whether a course or event is over on <paramref name="today"/> and should archive itself.</summary>
    public static bool HasEnded(DateOnly? endsOn, DateOnly today) => endsOn is { } end && end < today;
}
