using Wegweiser.Core.Review;
using Wegweiser.Core.Translation;
using Wegweiser.Core.Workflow;

namespace Wegweiser.Core.Content;

/// <summary>
/// One version of a content item: its language-independent data, its texts per culture and its
/// workflow state. At most one version of an item is published (live) at a time.
/// </summary>
public sealed class ContentVersion
{
    public long Id { get; set; }

    public Guid ItemId { get; set; }

    public int Number { get; set; }

    public WorkflowState State { get; set; }

    /// <summary>Whether this is the version the public sees.</summary>
    public bool IsPublished { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public string? Author { get; set; }

    public DateOnly? LastReviewedOn { get; set; }

    /// <summary>Derived from <see cref="Data"/>: the day a course or event ends (for self-archiving).</summary>
    public DateOnly? EndsOn { get; set; }

    /// <summary>Derived from <see cref="Data"/>: no public contact data, so an editor must look at it.</summary>
    public bool NeedsReview { get; set; }

    public ContentData Data { get; set; } = new();

    public List<ContentTranslation> Translations { get; set; } = [];

    public ContentTranslation? Translation(string culture) =>
        Translations.FirstOrDefault(t => t.Culture == culture);

    /// <summary>
    /// Sets the texts of one culture. A substantive change of the German text moves German's
    /// source version to this version, which marks every other translation as outdated; a minor
    /// edit (typo, punctuation) keeps the translations up to date. A translation records the
    /// German source version it was made from.
    /// </summary>
    public ContentTranslation SetTranslation(
        string culture, string slug, string title, IReadOnlyDictionary<string, string> fields, bool minorEdit = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (!Slug.IsValid(slug))
        {
            throw new ArgumentException($"'{slug}' is not a valid slug.", nameof(slug));
        }

        var existing = Translation(culture);
        int sourceVersion;
        if (culture == Cultures.Source)
        {
            var changed = existing is null || !existing.SameTextAs(fields, title);
            sourceVersion = changed && !minorEdit ? Number : existing?.SourceVersion ?? Number;
        }
        else
        {
            var german = Translation(Cultures.Source)
                ?? throw new InvalidOperationException("A translation needs the German text first.");
            sourceVersion = german.SourceVersion;
        }

        var translation = existing ?? new ContentTranslation { Culture = culture, Slug = slug, Title = title };
        translation.Slug = slug;
        translation.Title = title;
        translation.Fields = fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Key, f => f.Value);
        translation.SourceVersion = sourceVersion;
        translation.IsMachineTranslated = false;
        if (existing is null)
        {
            Translations.Add(translation);
        }

        return translation;
    }

    /// <summary>Whether the texts of <paramref name="culture"/> are there and current.</summary>
    public TranslationStatus TranslationStatus(string culture) =>
        TranslationStatusRules.Of(Translation(Cultures.Source), Translation(culture));

    /// <summary>Recomputes the fields derived from <see cref="Data"/>.</summary>
    public void UpdateDerived(ContentType type)
    {
        EndsOn = ReviewPolicy.EndOf(type, Data);
        NeedsReview = type is not (ContentType.Page or ContentType.GlossaryTerm or ContentType.VolunteerInitiative)
            && !Data.HasPublicContact;
    }

    internal ContentVersion CloneAsDraft(int number, DateTime nowUtc, string? author)
    {
        var copy = new ContentVersion
        {
            ItemId = ItemId,
            Number = number,
            State = WorkflowState.Draft,
            CreatedUtc = nowUtc,
            ModifiedUtc = nowUtc,
            Author = author,
            LastReviewedOn = LastReviewedOn,
            EndsOn = EndsOn,
            NeedsReview = NeedsReview,
            Data = Data.Clone(),
        };
        copy.Translations.AddRange(Translations.Select(t => t.Clone()));
        return copy;
    }
}
