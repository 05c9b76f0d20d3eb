using Wegweiser.Core.Content.Rules;

namespace Wegweiser.Core.Tests.Content.Rules;

public class OpeningHoursRulesTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mo, Do 09:00-12:00\n1. Di 14:00-16:00\n24.12.2026 geschlossen")]
    public void Understood_lines_are_fine(string? hours)
    {
        Assert.Null(OpeningHoursRules.Text(hours));
    }

    [Fact]
    public void Lines_that_are_not_understood_are_named_by_number()
    {
        var problem = OpeningHoursRules.Text("Mo 09:00-12:00\nmontags früh\nDi 10:00-11:00\nnach Vereinbarung");

        Assert.Equal(new FieldProblem(ProblemKeys.OpeningHours, "2, 4"), problem);
    }

    [Fact]
    public void Too_long_hours_are_refused_by_their_length_before_they_are_read()
    {
        Assert.Equal(1_200, OpeningHoursRules.Text(string.Concat(Enumerable.Repeat("Mo 09:00-12:00\n", 100)))?.Max);
    }
}
