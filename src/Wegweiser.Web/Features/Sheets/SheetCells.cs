using System.Globalization;

namespace Wegweiser.Web.Features.Sheets;

/// <summary>
/// Cell text in and out. Export never writes a cell that Excel would run as a formula: text that
/// begins with <c>= + - @</c>, a tab or a carriage return gets a leading apostrophe (also text that
/// already begins with an apostrophe before one of them, so the escape can always be undone).
/// Import removes exactly that apostrophe. A cell that begins with <c>=</c> without it is a formula
/// someone typed and is refused; <c>+ - @</c> stay text (phone numbers, Markdown lists).
/// </summary>
public static class SheetCells
{
    private const char Escape = '\'';

    /// <summary>The text as it goes into a cell.</summary>
    public static string Out(string value) => NeedsEscape(value) ? Escape + value : value;

    /// <summary>Whether the raw cell text is a formula someone typed.</summary>
    public static bool IsFormula(string raw) => raw.StartsWith('=');

    /// <summary>The stored text of a raw cell: the export's apostrophe removed, line breaks as <c>\n</c>, trimmed.</summary>
    public static string In(string raw)
    {
        var text = raw.Length > 1 && raw[0] == Escape && NeedsEscape(raw[1..]) ? raw[1..] : raw;
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
    }

    /// <summary>A cell's value as text: numbers invariant, dates as the form writes them, truth as ja/nein.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        bool b => b ? "ja" : "nein",
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static bool NeedsEscape(string value) =>
        value.Length > 0 && (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            || (value[0] == Escape && NeedsEscape(value[1..])));
}
