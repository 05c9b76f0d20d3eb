using Wegweiser.Core.Scheduling;

namespace Wegweiser.Core.Tests.Scheduling;

/// <summary>Opening hours as the text lines editors type.</summary>
public class ScheduleTextTests
{
    [Theory]
    [InlineData("Mo, Do 09:00-12:00", "Mo, Do 09:00-12:00")]
    [InlineData("Mo-Fr 8:30 – 11:45 Uhr", "Mo, Di, Mi, Do, Fr 08:30-11:45")]
    [InlineData("1. Di 14:00-16:00", "1. Di 14:00-16:00")]
    [InlineData("letzter Fr 10.00-12.00", "letzter Fr 10:00-12:00")]
    [InlineData("24.12.2026 geschlossen", "24.12.2026 geschlossen")]
    [InlineData("29.12.2026 10:00-12:00", "29.12.2026 10:00-12:00")]
    [InlineData("Montag, Donnerstag 09:00-12:00", "Mo, Do 09:00-12:00")]
    public void A_line_is_read_and_written_back_in_the_same_form(string line, string written)
    {
        var (schedule, bad) = ScheduleText.Parse(line);

        Assert.Empty(bad);
        Assert.Equal(written, ScheduleText.Format(schedule));
    }

    [Theory]
    [InlineData("Mo 12:00-09:00")]
    [InlineData("irgendwann")]
    [InlineData("Xy 09:00-10:00")]
    [InlineData("31.02.2026 geschlossen")]
    [InlineData("5. Di 14:00-16:00")]
    public void Lines_that_make_no_sense_are_named_by_number(string line)
    {
        var (_, bad) = ScheduleText.Parse("Mo 09:00-12:00\n" + line);

        Assert.Equal([2], bad);
    }

    [Fact]
    public void The_parsed_rules_give_the_right_openings()
    {
        var (schedule, _) = ScheduleText.Parse("Di, Do 18:00-20:15\n1. Di 14:00-16:00\n6.1.2026 geschlossen");

        Assert.Single(schedule!.OpeningsOn(new DateOnly(2026, 1, 13))); // the second Tuesday: weekly hours only
        Assert.Empty(schedule.OpeningsOn(new DateOnly(2026, 1, 6))); // first Tuesday, but closed
        Assert.Null(ScheduleText.Parse(" \n ").Schedule);
    }
}
