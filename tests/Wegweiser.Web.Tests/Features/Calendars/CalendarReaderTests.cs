using Wegweiser.Web.Features.Calendars;
using Wegweiser.Web.Features.Calendars.Reading;

namespace Wegweiser.Web.Tests.Features.Calendars;

/// <summary>
/// The reader on the fixture files: recurrences with EXDATE and a changed date (RECURRENCE-ID),
/// Europe/Berlin with its VTIMEZONE in winter and summer, UTC and all-day dates, folded lines,
/// and broken events reported with their line, UID and a German reason while the rest are read.
/// </summary>
public class CalendarReaderTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly int Y = IcsServer.Year;

    private static CalendarReader.Result Read(string fixture) =>
        new CalendarReader(Berlin, new CalendarOptions { MonthsAhead = 24 }).Read(IcsServer.Fixture(fixture), DateTime.UtcNow);

    [Fact]
    public void A_weekly_event_is_expanded_without_its_excluded_date_and_with_its_changed_one()
    {
        var result = Read("wiederkehrend.ics");

        var cafe = result.Occurrences.Where(o => o.Uid == "sprachcafe@partner.example").ToList();
        Assert.Empty(result.Problems);
        Assert.Equal(
            [new DateTime(Y, 1, 5, 18, 0, 0), new DateTime(Y, 1, 19, 19, 0, 0), new DateTime(Y, 1, 26, 18, 0, 0), new DateTime(Y, 2, 2, 18, 0, 0), new DateTime(Y, 2, 9, 18, 0, 0)],
            cafe.Select(o => o.Starts));
        Assert.DoesNotContain(cafe, o => o.Starts.Day == 12 && o.Starts.Month == 1);
        var changed = cafe.Single(o => o.Starts.Day == 19);
        Assert.Equal("Sprachcafé im Rathaus", changed.Title);
        Assert.Equal("Rathaus Arnstadt", changed.Location);
        Assert.Equal($"{Y}0119T170000Z", changed.RecurrenceId); // the original 18:00 in Berlin, in UTC
        Assert.Equal(new DateTime(Y, 1, 5, 20, 0, 0), cafe[0].Ends);
        Assert.Equal("Deutsch üben bei Kaffee und Kuchen.", cafe[0].Description);
        Assert.Equal("https://partner.example/sprachcafe", cafe[0].Url);
        Assert.Equal(cafe.Count, cafe.Select(o => o.RecurrenceId).Distinct().Count());
    }

    [Fact]
    public void Times_are_read_in_their_zone_and_shown_on_the_Berlin_clock()
    {
        var result = Read("wiederkehrend.ics");

        var summer = result.Occurrences.Single(o => o.Uid == "sommerfest@partner.example");
        var utc = result.Occurrences.Single(o => o.Uid == "utc@partner.example");
        var allDay = result.Occurrences.Single(o => o.Uid == "ganztags@partner.example");
        Assert.Equal(new DateTime(Y, 7, 4, 15, 0, 0), summer.Starts);
        Assert.Equal(new DateTime(Y, 7, 4, 22, 0, 0), summer.Ends);
        Assert.Equal("", summer.RecurrenceId);
        Assert.Equal(new DateTime(Y, 2, 10, 10, 0, 0), utc.Starts); // 09:00 UTC is 10:00 in Berlin in winter
        Assert.True(allDay.AllDay);
        Assert.Equal(new DateTime(Y, 3, 1), allDay.Starts);
        Assert.Equal(new DateTime(Y, 3, 2), allDay.Ends); // DTEND is exclusive: the 1st and the 2nd
        Assert.Equal(8, result.Occurrences.Count);
    }

    [Fact]
    public void Folded_lines_are_joined()
    {
        var result = Read("kaputt.ics");

        var folded = result.Occurrences.Single(o => o.Uid == "gefaltet@partner.example");
        Assert.Equal("Elterncafé mit einer sehr langen Überschrift, die über mehrere Zeilen gefaltet ist", folded.Title);
        Assert.Equal("Erste Zeile\nZweite Zeile mit Komma, Semikolon; und mehr Text, der auch gefaltet wurde.", folded.Description);
    }

    [Fact]
    public void Broken_events_are_reported_with_line_and_uid_and_the_others_are_read()
    {
        var text = IcsServer.Fixture("kaputt.ics");
        var lines = text.Split('\n');
        int LineOf(string start) => Array.FindIndex(lines, l => l.StartsWith(start, StringComparison.Ordinal)) + 1;

        var result = Read("kaputt.ics");

        Assert.Equal(["gefaltet@partner.example", "nach-dem-fehler@partner.example"], result.Occurrences.Select(o => o.Uid).Order(StringComparer.Ordinal));
        var problems = result.Problems.ToDictionary(p => p.Uid ?? "(keine)");
        Assert.Equal(("Calendars.Problem.BrokenLine", LineOf("das ist keine")), (problems["kaputte-zeile@partner.example"].ResourceKey, problems["kaputte-zeile@partner.example"].Line));
        Assert.Equal("Calendars.Problem.NoUid", problems["(keine)"].ResourceKey);
        Assert.Equal(LineOf("DTSTART:" + Y + "0317") - 2, problems["(keine)"].Line);
        Assert.Equal("Calendars.Problem.NoStart", problems["ohne-beginn@partner.example"].ResourceKey);
        Assert.Equal("Calendars.Problem.NoEnd", problems["ohne-ende@partner.example"].ResourceKey);
        Assert.Equal("Calendars.Problem.NoTitle", problems["ohne-titel@partner.example"].ResourceKey);
        Assert.Contains(problems["falsche-zone@partner.example"].ResourceKey, new[] { "Calendars.Problem.TimeZone", "Calendars.Problem.Unreadable" });
        Assert.Contains(problems["kaputte-regel@partner.example"].ResourceKey, new[] { "Calendars.Problem.Recurrence", "Calendars.Problem.Unreadable" });
        Assert.Equal(7, result.Problems.Count);
    }

    [Fact]
    public void Text_that_is_no_calendar_is_recognised()
    {
        var result = new CalendarReader(Berlin, new CalendarOptions()).Read("<html><body>Nicht gefunden</body></html>", DateTime.UtcNow);

        Assert.False(result.IsCalendar);
        Assert.Empty(result.Occurrences);
    }

    [Fact]
    public void Dates_beyond_the_months_ahead_and_beyond_the_maximum_are_not_taken()
    {
        var text = $"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\nBEGIN:VEVENT\nUID:taeglich@x\nDTSTAMP:20260101T000000Z\nDTSTART:{Y}0101T100000Z\nRRULE:FREQ=DAILY\nSUMMARY:Jeden Tag\nEND:VEVENT\nEND:VCALENDAR\n";

        var result = new CalendarReader(Berlin, new CalendarOptions { MonthsAhead = 24, MaxEvents = 50 }).Read(text, DateTime.UtcNow);

        Assert.Equal(50, result.Occurrences.Count);
        Assert.Equal("Calendars.Problem.TooMany", Assert.Single(result.Problems).ResourceKey);
    }
}
