using Wegweiser.Core.Content;

namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// The addresses of the staff area, written once: every link, form action and redirect to an
/// <c>/admin</c> page is built here. The pages' own <c>@page</c> routes say the same words.
/// </summary>
public static class AdminLinks
{
    public const string Dashboard = "/admin";
    public const string Entries = "/admin/eintraege";
    public const string Translations = "/admin/uebersetzungen";
    public const string TranslationSuggestions = Translations + "/vorschlagen";
    /// <summary>The names of topics, needs and other terms per language (Features/Translation).</summary>
    public const string TermNames = Translations + "/namen";
    public const string Accounts = "/admin/konten";
    public const string AccountNew = Accounts + "/neu";
    public const string ContactRequests = "/admin/kontaktanfragen";

    /// <summary>The queue of visitors' "Fehler melden" reports.</summary>
    public const string MistakeReports = "/admin/vorschlaege";

    /// <summary>The moderation queue: registrations from the public form (and later further kinds).</summary>
    public const string Moderation = "/admin/moderation";
    public const string ReviewRounds = "/admin/pruefrunden";
    public const string SearchIndex = "/admin/suchindex";
    public const string Media = "/admin/medien";

    /// <summary>Spreadsheets in and out (Features/Sheets).</summary>
    public const string Sheets = "/admin/tabellen";

    /// <summary>Plain-language scores across the directory (Features/PlainLanguage).</summary>
    public const string PlainLanguage = "/admin/verstaendlichkeit";

    /// <summary>The check the editor script posts a German text to while an editor types.</summary>
    public const string PlainLanguageCheck = PlainLanguage + "/pruefen";

    /// <summary>Claims of entries that wait for a publisher (Features/Providers).</summary>
    public const string Claims = "/admin/ansprueche";

    /// <summary>A provider's start page: its organisations' entries and who has access (Features/Providers).</summary>
    public const string ProviderHome = "/admin/anbieter";

    public static string Entry(string key) => $"{Entries}/{Uri.EscapeDataString(key)}";

    public static string EntryNew(ContentType type) => $"{Entries}/neu?typ={type}";

    public static string EntryHistory(string key) => Entry(key) + "/verlauf";

    public static string EntryCompare(string key) => Entry(key) + "/vergleich";

    public static string EntryCompare(string key, int from, int to) => $"{EntryCompare(key)}?von={from}&bis={to}";

    public static string EntryPreview(string key) => Entry(key) + "/vorschau";

    /// <summary>An organisation's calendar subscriptions.</summary>
    public static string EntryCalendars(string key) => Entry(key) + "/kalender";

    public static string EntryPreview(string key, string culture) => $"{EntryPreview(key)}/{culture}";

    public static string Translation(string key, string culture) => $"{Translations}/{Uri.EscapeDataString(key)}/{culture}";

    public static string TermNamesIn(string culture) => $"{TermNames}/{culture}";

    public static string Account(string id) => $"{Accounts}/{Uri.EscapeDataString(id)}";

    public static string SheetPreview(string token) => $"{Sheets}/vorschau/{Uri.EscapeDataString(token)}";

    public static string ReviewRound(long id) => $"{ReviewRounds}/{id}";
}
