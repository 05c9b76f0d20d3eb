using System.Globalization;
using Wegweiser.Web.Features.Email;

namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>
/// The request to check one's entries, and the one reminder, in plain German, with the provider's
/// language as a second part when it is known (<see cref="ReviewRoundEmailTranslations"/>).
/// </summary>
public static class ReviewRoundEmail
{
    public const string Purpose = "review-request";
    public const string ReminderPurpose = "review-reminder";

    public static EmailMessage Request(string to, string link, int entries, DateTime expiresLocal, string? culture = null) => WithTranslation(new(
        to,
        "Bitte prüfen Sie Ihre Einträge im Wegweiser",
        $"""
        Guten Tag,

        im Wegweiser für Zugewanderte im Ilm-Kreis {Entries(entries)} von Ihnen.
        Wir prüfen regelmäßig, ob alles noch stimmt. Bitte helfen Sie uns dabei.

        Öffnen Sie diesen Link:

        {link}

        Sie sehen dort Ihre Einträge. Bei jedem Eintrag können Sie sagen:
        „Stimmt noch“. Oder Sie ändern, was nicht mehr stimmt.
        Sie brauchen dafür kein Konto. Wir lesen Ihre Änderungen und veröffentlichen sie dann.

        Der Link gilt bis zum {expiresLocal.ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("de"))}.

        Vielen Dank für Ihre Hilfe!
        Ihr Wegweiser-Team
        """,
        Purpose), culture, t => (t.Subject, t.Request), link, expiresLocal, entries);

    public static EmailMessage Reminder(string to, string link, DateTime expiresLocal, string? culture = null) => WithTranslation(new(
        to,
        "Erinnerung: Bitte prüfen Sie Ihre Einträge im Wegweiser",
        $"""
        Guten Tag,

        vor einiger Zeit haben wir Sie gebeten, Ihre Einträge im Wegweiser zu prüfen.
        Wir haben noch keine Antwort. Vielleicht haben Sie die E-Mail übersehen.

        Hier ist Ihr Link noch einmal:

        {link}

        Der Link gilt bis zum {expiresLocal.ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("de"))}.
        Dies ist die einzige Erinnerung.

        Vielen Dank!
        Ihr Wegweiser-Team
        """,
        ReminderPurpose), culture, t => (t.ReminderSubject, t.Reminder), link, expiresLocal, 0);

    private static EmailMessage WithTranslation(
        EmailMessage german, string? culture, Func<ReviewRoundEmailTranslations.Texts, (string Subject, string Text)> pick, string link, DateTime expiresLocal, int entries)
    {
        if (culture is null || !ReviewRoundEmailTranslations.ByCulture.TryGetValue(culture, out var texts))
        {
            return german;
        }

        var (subject, text) = pick(texts);
        var format = Infrastructure.SiteCultureInfo.Create(culture);
        var date = expiresLocal.ToString("d", format);
        return german with { Translation = new EmailTranslation(culture, subject, string.Format(format, text, link, date, entries.ToString(format))) };
    }

    private static string Entries(int count) => count == 1 ? "steht ein Eintrag" : $"stehen {count} Einträge";
}
