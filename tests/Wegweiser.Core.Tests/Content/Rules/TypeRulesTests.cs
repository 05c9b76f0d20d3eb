using Wegweiser.Core.Content.Rules;

namespace Wegweiser.Core.Tests.Content.Rules;

/// <summary>The small rules of clubs, volunteer initiatives and glossary terms.</summary>
public class TypeRulesTests
{
    [Theory]
    [InlineData("sport", null)]
    [InlineData("Sport", ProblemKeys.Unknown)]
    public void A_club_category_is_one_of_the_list(string category, string? key)
    {
        Assert.Equal(key, ClubRules.Category(category)?.Key);
    }

    [Fact]
    public void An_internal_contact_has_the_rules_of_a_public_one()
    {
        Assert.Equal(ContactRules.Phone("(0361) 999"), VolunteerRules.InternalPhone("(0361) 999"));
        Assert.Equal(ContactRules.Email("erika@geheim"), VolunteerRules.InternalEmail("erika@geheim"));
        Assert.Equal(300, VolunteerRules.InternalName(new string('x', 301))?.Max);
        Assert.Null(VolunteerRules.InternalPhone("0361 999"));
    }

    [Fact]
    public void An_abbreviation_is_at_most_40_characters()
    {
        Assert.Null(GlossaryRules.Abbreviation("AsylbLG"));
        Assert.Equal(40, GlossaryRules.Abbreviation(new string('A', 41))?.Max);
    }
}
