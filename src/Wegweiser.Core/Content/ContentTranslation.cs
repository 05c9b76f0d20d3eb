namespace Wegweiser.Core.Content;

/// <summary>
/// The texts of one content version in one culture. <see cref="SourceVersion"/> records which
/// German text the translation was made from: for German itself, the version in which the text
/// last changed in substance; for other cultures, the German <see cref="SourceVersion"/> they
/// translate. A translation whose source version is older than German's is outdated.
/// </summary>
public sealed class ContentTranslation
{
    public long Id { get; set; }

    public long VersionId { get; set; }

    public required string Culture { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    // Null only in a compact copy (see Compact), which holds the summary alone in _summary.
    private Dictionary<string, string>? _fields = [];
    private string? _summary;

    /// <summary>The texts besides the title (summary, body …) by field name.</summary>
    /// <remarks>A compact copy makes a dictionary on first use; pages read it through <see cref="Field"/>.</remarks>
    public Dictionary<string, string> Fields
    {
        get => _fields ??= _summary is null ? [] : new Dictionary<string, string>(1) { [ContentFields.Summary] = _summary };
        set
        {
            _fields = value;
            _summary = null;
        }
    }

    public int SourceVersion { get; set; }

    /// <summary>Made by a machine translation provider and not yet checked by a person.</summary>
    public bool IsMachineTranslated { get; set; }

    public string? Field(string name) =>
        name == ContentFields.Title ? Title
        : _fields is null ? (name == ContentFields.Summary ? _summary : null)
        : _fields.GetValueOrDefault(name);

    /// <summary>
    /// A read-only copy for the published snapshot with slug and title (and, if asked, the
    /// summary) only: about 200 bytes less than a one-field dictionary, times seven cultures of
    /// every published entry.
    /// </summary>
    /// <param name="culture">The culture, as one shared string.</param>
    /// <param name="same">Another compact translation of the version (German) whose equal texts are shared, not copied.</param>
    /// <param name="share">Gives the one string to keep for a text (a pool of equal texts), if any.</param>
    /// <param name="keepSummary">
    /// Whether the copy keeps the summary. Without it, <see cref="Field"/> gives no summary: whoever
    /// shows one reads it for just the entries shown (<see cref="WithSummary"/>).
    /// </param>
    public ContentTranslation Compact(string culture, ContentTranslation? same = null, Func<string, string>? share = null, bool keepSummary = true)
    {
        var summary = keepSummary ? Field(ContentFields.Summary) : null;
        return new()
        {
            Culture = culture,
            Slug = Shared(Slug, same?.Slug),
            Title = Shared(Title, same?.Title),
            _fields = null,
            _summary = summary is null ? null : Shared(summary, same?._summary),
            SourceVersion = SourceVersion,
            IsMachineTranslated = IsMachineTranslated,
        };

        string Shared(string text, string? other) =>
            other is not null && string.Equals(text, other, StringComparison.Ordinal) ? other
            : share is null ? text : share(text);
    }

    /// <summary>A compact copy of this translation with <paramref name="summary"/> as its summary.</summary>
    public ContentTranslation WithSummary(string? summary) => new()
    {
        Id = Id,
        VersionId = VersionId,
        Culture = Culture,
        Slug = Slug,
        Title = Title,
        _fields = null,
        _summary = summary,
        SourceVersion = SourceVersion,
        IsMachineTranslated = IsMachineTranslated,
    };

    public ContentTranslation Clone() => new()
    {
        Culture = Culture,
        Slug = Slug,
        Title = Title,
        Fields = new Dictionary<string, string>(Fields),
        SourceVersion = SourceVersion,
        IsMachineTranslated = IsMachineTranslated,
    };

    /// <summary>Whether the texts (not the slug) equal those of <paramref name="other"/>.</summary>
    public bool SameTextAs(IReadOnlyDictionary<string, string> fields, string title) =>
        Title == title && Fields.Count == fields.Count && Fields.All(f => fields.TryGetValue(f.Key, out var v) && v == f.Value);
}
