using Wegweiser.Core.Content;
using Wegweiser.Core.Review;

namespace Wegweiser.Core.Tests.Review;

public class ReviewPolicyTests
{
    private static readonly DateOnly Created = new(2020, 1, 1);
    private readonly ReviewPolicy _policy = new();

    [Theory]
    [InlineData(ContentType.Service, "2024-11-25", "2026-11-25")]
    [InlineData(ContentType.Club, "2026-02-28", "2027-02-28")]
    [InlineData(ContentType.Service, "2024-02-29", "2026-02-28")]
    [InlineData(ContentType.Organisation, "2025-06-01", "2027-06-01")]
    public void Next_review_follows_the_interval_of_the_type(ContentType type, string reviewed, string due)
    {
        Assert.Equal(DateOnly.Parse(due), _policy.NextReviewDue(type, DateOnly.Parse(reviewed), Created));
    }

    [Theory]
    [InlineData(ContentType.Course)]
    [InlineData(ContentType.Event)]
    [InlineData(ContentType.Page)]
    [InlineData(ContentType.GlossaryTerm)]
    public void Types_without_a_cycle_have_no_due_date(ContentType type)
    {
        Assert.Null(_policy.NextReviewDue(type, new DateOnly(2020, 1, 1), Created));
        Assert.Equal(ReviewStatus.NotApplicable, _policy.StatusOf(type, null, Created, new DateOnly(2026, 1, 1)));
    }

    [Theory]
    [InlineData(ContentType.Service, "2024-11-26", ReviewStatus.DueSoon)]
    [InlineData(ContentType.Service, "2024-11-25", ReviewStatus.Overdue)]
    [InlineData(ContentType.Service, "2025-11-25", ReviewStatus.Current)]
    [InlineData(ContentType.Club, "2025-11-24", ReviewStatus.Overdue)]
    [InlineData(ContentType.Club, "2026-01-10", ReviewStatus.DueSoon)]
    [InlineData(ContentType.Club, "2026-03-01", ReviewStatus.Current)]
    public void Status_on_a_given_day(ContentType type, string reviewed, ReviewStatus expected)
    {
        Assert.Equal(expected, _policy.StatusOf(type, DateOnly.Parse(reviewed), Created, new DateOnly(2026, 11, 25)));
    }

    [Fact]
    public void Never_reviewed_is_overdue_from_creation()
    {
        Assert.Equal(ReviewStatus.Overdue, _policy.StatusOf(ContentType.Service, null, Created, new DateOnly(2026, 11, 25)));
    }

    [Fact]
    public void Interval_is_configurable_per_type()
    {
        var policy = new ReviewPolicy();
        policy.IntervalMonths[ContentType.Service] = 6;

        Assert.Equal(new DateOnly(2026, 6, 1), policy.NextReviewDue(ContentType.Service, new DateOnly(2025, 12, 1), Created));
    }

    [Fact]
    public void Courses_end_on_their_last_day_and_one_off_events_on_their_end()
    {
        var course = new ContentData { Course = new CourseData { Starts = new(2026, 1, 5), Ends = new(2026, 6, 30) } };
        var oneOff = new ContentData { Event = new EventData { Starts = new(2026, 9, 20, 14, 0, 0), Ends = new(2026, 9, 20, 18, 0, 0) } };
        var yearly = new ContentData { Event = new EventData { Recurrence = Recurrence.Yearly, Month = 9 } };

        Assert.Equal(new DateOnly(2026, 6, 30), ReviewPolicy.EndOf(ContentType.Course, course));
        Assert.Equal(new DateOnly(2026, 9, 20), ReviewPolicy.EndOf(ContentType.Event, oneOff));
        Assert.Null(ReviewPolicy.EndOf(ContentType.Event, yearly));
        Assert.False(ReviewPolicy.HasEnded(new DateOnly(2026, 6, 30), new DateOnly(2026, 6, 30)));
        Assert.True(ReviewPolicy.HasEnded(new DateOnly(2026, 6, 30), new DateOnly(2026, 7, 1)));
        Assert.False(ReviewPolicy.HasEnded(null, new DateOnly(2030, 1, 1)));
    }
}
