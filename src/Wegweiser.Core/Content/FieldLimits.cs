namespace Wegweiser.Core.Content;

/// <summary>
/// The one table of how long each field may be, in characters after trimming: for the editor form,
/// the translation editor, providers' answers, recipes and XLIFF imports alike, through the field
/// rules in <c>Wegweiser.Core.Content.Rules</c>. Lengths are checked before any pattern.
/// </summary>
public static class FieldLimits
{
    public const int Title = 200;

    public const int Summary = 600;

    public const int Body = 20000;

    /// <summary>The other texts of a type (cost, registration, activities, place …).</summary>
    public const int OtherText = 1200;

    /// <summary>One line of data: names, streets, a website.</summary>
    public const int Line = 300;

    public const int Phone = 40;

    public const int Email = EmailAddress.MaxLength;

    public const int Website = Line;

    /// <summary>A provider's note to the editors.</summary>
    public const int Note = 2000;

    public const int Abbreviation = 40;

    /// <summary>The longest text allowed in translatable field <paramref name="field"/> (see <see cref="ContentFields"/>).</summary>
    public static int ForText(string field) => field switch
    {
        ContentFields.Title => Title,
        ContentFields.Summary => Summary,
        ContentFields.Body => Body,
        _ => OtherText,
    };

    /// <summary>Whether <paramref name="value"/> (trimmed) is longer than <paramref name="max"/>.</summary>
    public static bool TooLong(string? value, int max) => value is not null && value.Trim().Length > max;
}
