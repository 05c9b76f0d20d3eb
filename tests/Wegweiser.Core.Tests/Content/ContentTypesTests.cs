using Wegweiser.Core.Content;
using Wegweiser.Core.Review;

namespace Wegweiser.Core.Tests.Content;

public class ContentTypesTests
{
    [Fact]
    public void Every_content_type_has_exactly_one_row_with_its_own_URL_word()
    {
        var types = Enum.GetValues<ContentType>();

        Assert.Equal(types.Order(), ContentTypes.All.Select(i => i.Type).Order());
        Assert.Equal(ContentTypes.All.Count, ContentTypes.All.Select(i => i.Segment).Distinct().Count());
        Assert.All(ContentTypes.All, i => Assert.True(Slug.IsValid(i.Segment), i.Segment));
    }

    [Fact]
    public void Advice_is_reviewed_every_two_years_clubs_and_initiatives_every_year_courses_and_events_never()
    {
        var policy = new ReviewPolicy();

        Assert.Equal(24, policy.IntervalMonths[ContentType.Service]);
        Assert.Equal(24, policy.IntervalMonths[ContentType.Organisation]);
        Assert.Equal(12, policy.IntervalMonths[ContentType.Club]);
        Assert.Equal(12, policy.IntervalMonths[ContentType.VolunteerInitiative]);
        Assert.False(policy.IntervalMonths.ContainsKey(ContentType.Course));
        Assert.False(policy.IntervalMonths.ContainsKey(ContentType.Event));
        Assert.Equal([ContentType.Service, ContentType.Organisation, ContentType.Club, ContentType.VolunteerInitiative], policy.ReviewableTypes);
    }

    [Fact]
    public void A_configured_interval_changes_which_types_a_review_round_offers()
    {
        var policy = new ReviewPolicy();
        policy.IntervalMonths.Remove(ContentType.Organisation);
        policy.IntervalMonths[ContentType.Course] = 36;

        Assert.Equal([ContentType.Course, ContentType.Service, ContentType.Club, ContentType.VolunteerInitiative], policy.ReviewableTypes);
    }

    [Fact]
    public void Initiatives_offer_no_contact_file_and_pages_and_glossary_terms_nothing_to_take_along()
    {
        Assert.False(ContentTypes.Of(ContentType.VolunteerInitiative).TakeAlong.HasFlag(TakeAlongKinds.ContactFile));
        Assert.Equal(TakeAlongKinds.None, ContentTypes.Of(ContentType.Page).TakeAlong);
        Assert.Equal(TakeAlongKinds.None, ContentTypes.Of(ContentType.GlossaryTerm).TakeAlong);
        Assert.True(ContentTypes.Of(ContentType.Event).TakeAlong.HasFlag(TakeAlongKinds.Calendar));
        Assert.Equal(["title", "summary", "body", "cost", "eligibility", "access"], ContentFields.For(ContentType.Service));
        Assert.Equal(["title", "summary", "body"], ContentFields.For(ContentType.Organisation));
    }
}
