using System.Globalization;
using Wegweiser.Core.Content;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Email;

/// <summary>
/// The texts of every email, from the site's UI resources (<c>Resources/SharedResource*.resx</c>),
/// so translators keep one set of files and the completeness test checks the emails' placeholders
/// too. An email named <c>X</c> has the keys <c>Email.X.Subject</c> and <c>Email.X.Body</c>; the
/// body's placeholders <c>{0}</c>, <c>{1}</c> … are filled per language. Emails leave outside a
/// request (background jobs), so the culture is passed in, never taken from the current thread.
/// </summary>
public static class EmailTemplates
{
    /// <summary>The key of the date format in emails: a long date in German, the short one elsewhere.</summary>
    public const string DateFormatKey = "Email.DateFormat";

    /// <summary>
    /// The email in German and, when <paramref name="culture"/> is another language with texts of its
    /// own, in that language as the second part. <paramref name="arguments"/> gives the body's
    /// placeholders for one language (dates and numbers are written in that language).
    /// </summary>
    public static EmailMessage Compose(string to, string name, string purpose, string? culture, Func<CultureInfo, object?[]> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var german = SiteCultureInfo.Create(Cultures.Source);
        var message = new EmailMessage(to, Text($"Email.{name}.Subject", german), Text($"Email.{name}.Body", german, arguments(german)), purpose);
        if (culture is null || culture == Cultures.Source || !HasTexts(culture))
        {
            return message;
        }

        var other = SiteCultureInfo.Create(culture);
        return message with
        {
            Translation = new EmailTranslation(culture, Text($"Email.{name}.Subject", other), Text($"Email.{name}.Body", other, arguments(other))),
        };
    }

    /// <summary>One text in one language, its placeholders filled; German where the language lacks it.</summary>
    public static string Text(string key, CultureInfo culture, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var template = SharedResource.Manager.GetString(key, culture) ?? throw new InvalidOperationException($"The email text {key} is missing from the resources.");
        return arguments.Length == 0 ? template : string.Format(culture, template, arguments);
    }

    /// <summary>A date as emails write it in that language.</summary>
    public static string Date(DateTime date, CultureInfo culture) => date.ToString(Text(DateFormatKey, culture), culture);

    /// <summary>Whether the language has resources of its own (else it would get German twice).</summary>
    private static bool HasTexts(string culture) =>
        SharedResource.Manager.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false) is not null;
}
