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

    [Fact]
    public void Providers_create_the_five_offers_but_no_organisation_page_or_glossary_term()
    {
        // Arrange
        ContentType[] offers = [ContentType.Service, ContentType.Course, ContentType.Club, ContentType.VolunteerInitiative, ContentType.Event];

        // Act
        var creatable = ContentTypes.All.Where(i => i.CreatableByProviders).Select(i => i.Type).ToList();
        var inNavigation = ContentTypes.All.Where(i => i.IsOffer).Select(i => i.Type).ToList();

        // Assert
        Assert.Equal(offers, creatable);
        Assert.Equal(offers, inNavigation);
    }

    [Fact]
    public void Only_places_with_opening_hours_filter_by_open_now_and_glossary_and_pages_have_neither_contact_nor_filters()
    {
        // Arrange, Act
        var withHours = ContentTypes.All.Where(i => i.HasOpeningHours).Select(i => i.Type).ToList();

        // Assert
        Assert.Equal([ContentType.Service, ContentType.Club, ContentType.Organisation], withHours);
        foreach (var type in new[] { ContentType.GlossaryTerm, ContentType.Page })
        {
            Assert.False(ContentTypes.Of(type).HasContact);
            Assert.False(ContentTypes.Of(type).HasFilters);
        }

        Assert.All(ContentTypes.All.Where(i => i.Type is not (ContentType.GlossaryTerm or ContentType.Page)), i => Assert.True(i.HasContact && i.HasFilters, i.Type.ToString()));
    }
}
