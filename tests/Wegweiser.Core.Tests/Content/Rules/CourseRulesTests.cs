using Wegweiser.Core.Content.Rules;

namespace Wegweiser.Core.Tests.Content.Rules;

public class CourseRulesTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("Integrationskurs", null)]
    [InlineData("integrationskurs", ProblemKeys.Unknown)]
    [InlineData("Tanzkurs", ProblemKeys.Unknown)]
    public void A_course_type_is_one_of_the_list(string? courseType, string? key)
    {
        Assert.Equal(key, CourseRules.CourseType(courseType)?.Key);
    }

    [Theory]
    [InlineData("B1", null)]
    [InlineData("A7", ProblemKeys.Unknown)]
    public void A_level_is_one_of_the_reference_levels(string level, string? key)
    {
        Assert.Equal(key, CourseRules.Level(level)?.Key);
    }

    [Theory]
    [InlineData("Morning", null)]
    [InlineData("Nachts", ProblemKeys.Unknown)]
    public void A_time_of_day_is_one_of_the_named_times(string timeOfDay, string? key)
    {
        Assert.Equal(key, CourseRules.TimeOfDay(timeOfDay)?.Key);
    }

    [Theory]
    [InlineData("2027-01-10", "2027-06-30", null)]
    [InlineData("2027-01-10", "2027-01-10", null)]
    [InlineData("2027-01-10", "2027-01-09", ProblemKeys.EndBeforeStart)]
    [InlineData(null, "2027-01-09", null)]
    public void A_course_does_not_end_before_it_starts(string? starts, string? ends, string? key)
    {
        Assert.Equal(key, CourseRules.Ends(Date(starts), Date(ends))?.Key);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(0, null)]
    [InlineData(10_000, null)]
    [InlineData(10_001, ProblemKeys.Number)]
    [InlineData(-1, ProblemKeys.Number)]
    public void Free_places_are_zero_to_ten_thousand(int? places, string? key)
    {
        Assert.Equal(key, CourseRules.FreePlaces(places)?.Key);
    }

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
