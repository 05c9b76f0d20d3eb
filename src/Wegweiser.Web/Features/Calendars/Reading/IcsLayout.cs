using System.Text;

namespace Wegweiser.Web.Features.Calendars.Reading;

/// <summary>
/// A calendar file cut into its parts before Ical.Net reads them: the time zones (VTIMEZONE) and
/// each event (VEVENT) on its own, with the line it starts on, so one broken event is reported
/// with its line and the others are still read. Folded lines are unfolded here (RFC 5545 3.1).
/// </summary>
public sealed class IcsLayout
{
    /// <summary>One event's lines, unfolded, and the line of the file it starts on.</summary>
    /// <param name="Problem">The resource key of what is wrong with the block as text, if anything.</param>
    /// <param name="ProblemLine">The line of the file the problem is on.</param>
    public sealed record EventBlock(int Line, IReadOnlyList<string> Lines, string? Uid, string? Problem, int ProblemLine);

    public List<string> TimeZones { get; } = [];

    public List<EventBlock> Events { get; } = [];

    /// <summary>Whether the text began a calendar at all (BEGIN:VCALENDAR).</summary>
    public bool IsCalendar { get; private set; }

    public static IcsLayout Of(string text)
    {
        var layout = new IcsLayout();
        var lines = Unfold(text);
        for (var i = 0; i < lines.Count; i++)
        {
            var (number, line) = lines[i];
            if (Is(line, "BEGIN:VCALENDAR"))
            {
                layout.IsCalendar = true;
            }
            else if (Is(line, "BEGIN:VTIMEZONE"))
            {
                var end = FindEnd(lines, i, "VTIMEZONE");
                layout.TimeZones.Add(string.Join("\r\n", lines.Skip(i).Take(end - i + 1).Select(l => l.Text)));
                i = end;
            }
            else if (Is(line, "BEGIN:VEVENT"))
            {
                i = layout.ReadEvent(lines, i, number);
            }
        }

        return layout;
    }

    private int ReadEvent(List<(int Number, string Text)> lines, int start, int number)
    {
        var block = new List<string>();
        string? problem = null;
        var problemLine = number;
        var i = start;
        for (; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (i > start && (Is(text, "BEGIN:VEVENT") || Is(text, "END:VCALENDAR")))
            {
                problem = "Calendars.Problem.NoEnd";
                i--;
                break;
            }

            if (text.Length > 0 && !IsContentLine(text))
            {
                if (problem is null)
                {
                    problem = "Calendars.Problem.BrokenLine";
                    problemLine = lines[i].Number;
                }
            }

            block.Add(text);
            if (Is(text, "END:VEVENT"))
            {
                break;
            }
        }

        if (i >= lines.Count)
        {
            problem ??= "Calendars.Problem.NoEnd";
        }

        var uid = block.FirstOrDefault(l => l.StartsWith("UID", StringComparison.OrdinalIgnoreCase) && l.Length > 3 && l[3] is ':' or ';') is { } u
            ? u[(u.IndexOf(':') + 1)..].Trim() : null;
        Events.Add(new EventBlock(number, block, string.IsNullOrEmpty(uid) ? null : uid, problem, problemLine));
        return Math.Min(i, lines.Count - 1);
    }

    /// <summary>A content line is "NAME[;PARAM…]:value" with a name of letters, digits and dashes.</summary>
    private static bool IsContentLine(string line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        var nameEnd = line.IndexOfAny([';', ':']);
        return line[..nameEnd].All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
    }

    private static int FindEnd(List<(int Number, string Text)> lines, int start, string component)
    {
        for (var i = start; i < lines.Count; i++)
        {
            if (Is(lines[i].Text, "END:" + component))
            {
                return i;
            }
        }

        return lines.Count - 1;
    }

    private static bool Is(string line, string value) => line.Trim().Equals(value, StringComparison.OrdinalIgnoreCase);

    /// <summary>Logical lines with the number of the physical line each starts on.</summary>
    private static List<(int Number, string Text)> Unfold(string text)
    {
        var result = new List<(int, string)>();
        var physical = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        StringBuilder? current = null;
        var currentNumber = 0;
        for (var n = 0; n < physical.Length; n++)
        {
            var line = physical[n];
            if (line.Length > 0 && line[0] is ' ' or '\t' && current is not null)
            {
                current.Append(line, 1, line.Length - 1);
                continue;
            }

            if (current is not null)
            {
                result.Add((currentNumber, current.ToString()));
            }

            current = new StringBuilder(line);
            currentNumber = n + 1;
        }

        if (current is { Length: > 0 })
        {
            result.Add((currentNumber, current.ToString()));
        }

        return result;
    }
}
