using Wegweiser.Core.Content.Rules;

namespace Wegweiser.Core.Tests.Content.Rules;

public class EventRulesTests
{
    [Fact]
    public void An_event_does_not_end_before_it_starts()
    {
        var starts = new DateTime(2027, 5, 20, 15, 0, 0);

        Assert.Null(EventRules.Ends(starts, starts.AddHours(3)));
        Assert.Null(EventRules.Ends(null, starts));
        Assert.Equal(ProblemKeys.EndBeforeStart, EventRules.Ends(starts, starts.AddMinutes(-1))?.Key);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(1, null)]
    [InlineData(12, null)]
    [InlineData(0, ProblemKeys.Month)]
    [InlineData(13, ProblemKeys.Month)]
    public void A_month_is_one_to_twelve(int? month, string? key)
    {
        Assert.Equal(key, EventRules.Month(month)?.Key);
    }

    [Theory]
    [InlineData("Yearly", null)]
    [InlineData("yearly", ProblemKeys.Unknown)]
    public void A_recurrence_is_one_of_the_named_rhythms(string recurrence, string? key)
    {
        Assert.Equal(key, EventRules.Recurrence(recurrence)?.Key);
    }
}
