using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;

namespace Wegweiser.Data.Stores;

/// <summary>
/// What the public pages need of the published content at one <see cref="Version"/> of the change
/// signal, immutable: every published entry as a compact read model (<see cref="Compact"/>: data,
/// and per culture slug, title and summary, without long texts), looked up by id, key, type and
/// slug, and the taxonomy terms. A change makes a new snapshot that shares the unchanged entries.
/// </summary>
public sealed class PublishedSnapshot
{
    /// <summary>Types whose long texts the public pages read from the snapshot (the home page text).</summary>
    private static readonly FrozenSet<ContentType> FullTextTypes = new[] { ContentType.Page }.ToFrozenSet();

    /// <summary>
    /// Types whose summaries stay in the snapshot: a glossary term's summary is the note beside
    /// every text that uses the term. Other entries show a summary only on cards, a few at a time
    /// (<see cref="ContentStore.WithSummariesAsync"/>).
    /// </summary>
    private static readonly FrozenSet<ContentType> SummaryTypes = new[] { ContentType.Page, ContentType.GlossaryTerm }.ToFrozenSet();

    private static readonly IReadOnlyList<PublishedEntry> None = [];

    private readonly FrozenDictionary<Guid, PublishedEntry> _byId;
    private readonly FrozenDictionary<string, PublishedEntry> _byKey;
    private readonly FrozenDictionary<ContentType, IReadOnlyList<PublishedEntry>> _byType;
    private readonly Lazy<FrozenDictionary<(ContentType, string, string), PublishedEntry>> _bySlug;
    private readonly ConcurrentDictionary<(ContentType, string), IReadOnlyList<PublishedEntry>> _sorted = new();
    private Tuple<long, IReadOnlySet<string>>? _openNow;

    private PublishedSnapshot(long version, IEnumerable<PublishedEntry> entries, IReadOnlyDictionary<(string Taxonomy, string Key), TaxonomyTerm> terms)
    {
        Version = version;
        Terms = terms;
        _byId = entries.ToFrozenDictionary(e => e.Item.Id);
        _byKey = _byId.Values.ToFrozenDictionary(e => e.Key, StringComparer.Ordinal);
        _byType = _byId.Values.GroupBy(e => e.Type).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<PublishedEntry>)g.OrderBy(e => e.Key, StringComparer.Ordinal).ToList());
        _bySlug = new Lazy<FrozenDictionary<(ContentType, string, string), PublishedEntry>>(() => BuildSlugIndex(_byId.Values));
    }

    /// <summary>The change-signal version this snapshot reflects.</summary>
    public long Version { get; }

    public IReadOnlyDictionary<(string Taxonomy, string Key), TaxonomyTerm> Terms { get; }

    /// <summary>A snapshot of entries already made compact with <see cref="Compact"/>.</summary>
    public static PublishedSnapshot FromCompact(long version, IEnumerable<PublishedEntry> compactEntries, IReadOnlyDictionary<(string Taxonomy, string Key), TaxonomyTerm> terms) =>
        new(version, compactEntries, terms);

    /// <summary>This snapshot with the given items replaced by their published state (absent from <paramref name="published"/>: no longer published).</summary>
    public PublishedSnapshot With(long version, IReadOnlyCollection<Guid> changed, IEnumerable<PublishedEntry> published)
    {
        var entries = _byId.Values.Where(e => !changed.Contains(e.Item.Id)).Concat(published.Select(Compact));
        return new PublishedSnapshot(version, entries, Terms);
    }

    public IReadOnlyList<PublishedEntry> OfType(ContentType type) => _byType.GetValueOrDefault(type) ?? None;

    /// <summary>The entries of a type ordered by their title in <paramref name="culture"/> (German where untranslated), computed once per snapshot.</summary>
    public IReadOnlyList<PublishedEntry> OfTypeByTitle(ContentType type, string culture) =>
        _sorted.GetOrAdd((type, culture), static (k, self) =>
        {
            var compare = StringComparer.Create(CultureInfo.GetCultureInfo(Cultures.Source), ignoreCase: true);
            return self.OfType(k.Item1)
                .OrderBy(e => (e.Version.Translation(k.Item2) ?? e.Version.Translation(Cultures.Source))?.Title, compare)
                .ThenBy(e => e.Key, StringComparer.Ordinal)
                .ToList();
        }, this);

    /// <summary>
    /// A set worked out once per minute (the keys of the entries open at <paramref name="minute"/>),
    /// kept for that minute only.
    /// </summary>
    public IReadOnlySet<string> PerMinute(long minute, Func<PublishedSnapshot, IReadOnlySet<string>> compute)
    {
        var known = Volatile.Read(ref _openNow);
        if (known is not null && known.Item1 == minute)
        {
            return known.Item2;
        }

        var value = compute(this);
        Volatile.Write(ref _openNow, Tuple.Create(minute, value));
        return value;
    }

    public PublishedEntry? ByKey(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>The entry of <paramref name="type"/> with this slug in <paramref name="culture"/>.</summary>
    public PublishedEntry? BySlug(ContentType type, string culture, string slug) =>
        _bySlug.Value.GetValueOrDefault((type, culture, slug));

    public IEnumerable<PublishedEntry> All => _byId.Values;

    /// <summary>Whether compact entries of <paramref name="type"/> keep their summaries (see <see cref="SummaryTypes"/>).</summary>
    public static bool KeepsSummaries(ContentType type) => SummaryTypes.Contains(type);

    /// <summary>
    /// The read model of one entry: the item's identity and the published version's data, dates and
    /// per culture slug and title. Summaries and long texts (body, costs …) stay in the database:
    /// the detail page reads the entry there, cards read the summaries of the entries they show
    /// (<see cref="ContentStore.WithSummariesAsync"/>). Pages keep their texts (the home page shows
    /// its body), glossary terms their summaries.
    /// </summary>
    public static PublishedEntry Compact(PublishedEntry entry) => Compact(entry, null);

    /// <summary>
    /// <see cref="Compact(PublishedEntry)"/>, with texts equal to one already in <paramref name="pool"/>
    /// taken from there (a full load passes one pool for all entries).
    /// </summary>
    public static PublishedEntry Compact(PublishedEntry entry, Dictionary<string, string>? pool)
    {
        if (FullTextTypes.Contains(entry.Type))
        {
            return entry;
        }

        // German first: the other cultures share its strings where their texts are the same (names, slugs).
        Func<string, string>? share = pool is null ? null : text => pool.TryGetValue(text, out var known) ? known : pool[text] = text;
        var keepSummary = SummaryTypes.Contains(entry.Type);
        var german = entry.Version.Translation(Cultures.Source)?.Compact(Cultures.Source, share: share, keepSummary: keepSummary);
        var compact = Copy(entry, translation => translation.Culture == Cultures.Source && german is not null ? german
            : translation.Compact(string.IsInterned(translation.Culture) ?? translation.Culture, german, share, keepSummary));

        // Taxonomy keys, towns and languages repeat across thousands of entries: one string each.
        var data = entry.Version.Data;
        foreach (var list in new[] { data.Topics, data.Needs, data.TargetGroups, data.Towns, data.Languages })
        {
            for (var i = 0; i < list.Count; i++)
            {
                list[i] = string.Intern(list[i]);
            }
        }

        return compact;
    }

    /// <summary>
    /// A compact entry (<see cref="Compact(PublishedEntry)"/>) with the summary of each of its
    /// translations given by <paramref name="summaryIn"/> (by culture).
    /// </summary>
    public static PublishedEntry WithSummaries(PublishedEntry entry, Func<string, string?> summaryIn)
    {
        ArgumentNullException.ThrowIfNull(summaryIn);
        return Copy(entry, translation => translation.WithSummary(summaryIn(translation.Culture)));
    }

    /// <summary>A new item and published version with the same identity, data and dates, and the translations made by <paramref name="translate"/>.</summary>
    private static PublishedEntry Copy(PublishedEntry entry, Func<ContentTranslation, ContentTranslation> translate)
    {
        var source = entry.Version;
        var version = new ContentVersion
        {
            Id = source.Id,
            ItemId = source.ItemId,
            Number = source.Number,
            State = source.State,
            IsPublished = source.IsPublished,
            CreatedUtc = source.CreatedUtc,
            ModifiedUtc = source.ModifiedUtc,
            PublishedUtc = source.PublishedUtc,
            LastReviewedOn = source.LastReviewedOn,
            EndsOn = source.EndsOn,
            NeedsReview = source.NeedsReview,
            Data = source.Data,
        };
        foreach (var translation in source.Translations)
        {
            version.Translations.Add(translate(translation));
        }

        // Interned: the search indexes' facet arrays hold the same keys (SegmentFacets), one string for all.
        var item = new ContentItem { Id = entry.Item.Id, Key = string.Intern(entry.Item.Key), Type = entry.Item.Type, CreatedUtc = entry.Item.CreatedUtc, Versions = [version] };
        return new PublishedEntry(item, version);
    }

    private static FrozenDictionary<(ContentType, string, string), PublishedEntry> BuildSlugIndex(IEnumerable<PublishedEntry> entries)
    {
        var index = new Dictionary<(ContentType, string, string), PublishedEntry>();
        foreach (var entry in entries)
        {
            foreach (var translation in entry.Version.Translations)
            {
                index.TryAdd((entry.Type, translation.Culture, translation.Slug), entry);
            }
        }

        return index.ToFrozenDictionary();
    }
}
