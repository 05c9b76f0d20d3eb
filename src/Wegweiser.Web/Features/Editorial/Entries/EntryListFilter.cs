using Wegweiser.Core.Content;
using Wegweiser.Core.Review;
using Wegweiser.Core.Translation;
using Wegweiser.Core.Workflow;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>
/// The filters of the entry list as query parameters (German words, shareable URLs). Values that
/// are not understood are ignored. Review and translation status come from Core's rules.
/// </summary>
public sealed class EntryListFilter
{
    public static readonly IReadOnlyDictionary<string, WorkflowState> States = new Dictionary<string, WorkflowState>
    {
        ["entwurf"] = WorkflowState.Draft,
        ["in-pruefung"] = WorkflowState.InReview,
        ["veroeffentlicht"] = WorkflowState.Published,
        ["archiviert"] = WorkflowState.Archived,
    };

    public static readonly IReadOnlyDictionary<string, ReviewStatus> Reviews = new Dictionary<string, ReviewStatus>
    {
        ["ueberfaellig"] = ReviewStatus.Overdue,
        ["bald"] = ReviewStatus.DueSoon,
        ["aktuell"] = ReviewStatus.Current,
    };

    public static readonly IReadOnlyDictionary<string, TranslationStatus> Translations = new Dictionary<string, TranslationStatus>
    {
        ["fehlt"] = TranslationStatus.Missing,
        ["veraltet"] = TranslationStatus.Outdated,
        ["aktuell"] = TranslationStatus.UpToDate,
    };

    public ContentType? Type { get; init; }

    public string? Text { get; init; }

    public WorkflowState? State { get; init; }

    public string? Topic { get; init; }

    public ReviewStatus? Review { get; init; }

    public bool MissingContact { get; init; }

    /// <summary>The culture whose translation status is asked for; null: any of the site's other cultures.</summary>
    public string? Culture { get; init; }

    public TranslationStatus? Translation { get; init; }

    public static EntryListFilter From(string? type, string? text, string? state, string? topic, string? review, string? missingContact, string? culture, string? translation, IReadOnlyList<string> siteCultures) => new()
    {
        Type = Enum.TryParse<ContentType>(type, ignoreCase: false, out var t) && Enum.IsDefined(t) ? t : null,
        Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
        State = state is not null && States.TryGetValue(state, out var s) ? s : null,
        Topic = string.IsNullOrWhiteSpace(topic) ? null : topic,
        Review = review is not null && Reviews.TryGetValue(review, out var r) ? r : null,
        MissingContact = missingContact == "ja",
        Culture = culture is not null && culture != Cultures.Source && siteCultures.Contains(culture) ? culture : null,
        Translation = translation is not null && Translations.TryGetValue(translation, out var tr) ? tr : null,
    };

    public bool Matches(EntryRow row, IReadOnlyList<string> otherCultures)
    {
        if (Type is { } type && row.Item.Type != type)
        {
            return false;
        }

        if (Text is { } text && !row.Title.Contains(text, StringComparison.CurrentCultureIgnoreCase) && !row.Item.Key.Contains(text, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if ((State is { } state && row.Latest.State != state)
            || (Topic is { } topic && !row.Latest.Data.Topics.Contains(topic))
            || (Review is { } review && row.Review != review)
            || (MissingContact && !row.Latest.NeedsReview))
        {
            return false;
        }

        if (Translation is { } wanted)
        {
            var cultures = Culture is { } c ? [c] : otherCultures;
            return cultures.Any(c2 => Normalise(row.Latest.TranslationStatus(c2)) == wanted);
        }

        return true;
    }

    /// <summary>A machine translation counts as current for the filter: it is there and made from the current German.</summary>
    private static TranslationStatus Normalise(TranslationStatus status) =>
        status == TranslationStatus.MachineTranslated ? TranslationStatus.UpToDate : status;
}
