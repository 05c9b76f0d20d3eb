using System.Collections.Frozen;
using Wegweiser.Core.Content;
using Wegweiser.Core.Glossary;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.Directory.Glossary;

/// <summary>
/// The published glossary terms of one snapshot with a <see cref="GlossaryMatcher"/> per culture:
/// a culture's texts are searched for each term's abbreviation, its title in that culture and its
/// German title (German words stand in translated texts too). Immutable and shared.
/// </summary>
public sealed class GlossaryIndex
{
    private readonly IReadOnlyList<PublishedEntry> _source;
    private readonly FrozenDictionary<string, GlossaryMatcher> _matchers;
    private readonly FrozenDictionary<string, PublishedEntry> _terms;

    private GlossaryIndex(IReadOnlyList<PublishedEntry> source, IEnumerable<string> cultures)
    {
        _source = source;
        _terms = source.ToFrozenDictionary(t => t.Key, StringComparer.Ordinal);
        _matchers = cultures.Append(Cultures.Source).Distinct()
            .ToFrozenDictionary(c => c, c => new GlossaryMatcher(source.SelectMany(t => PatternsOf(t, c)), inflect: c == Cultures.Source));
    }

    public static GlossaryIndex Build(IReadOnlyList<PublishedEntry> terms, IEnumerable<string> cultures) => new(terms, cultures);

    /// <summary>Whether this index was made from exactly these entries (the snapshot shares unchanged entries).</summary>
    public bool IsFor(IReadOnlyList<PublishedEntry> terms) =>
        terms.Count == _source.Count && terms.Zip(_source).All(pair => ReferenceEquals(pair.First, pair.Second));

    /// <summary>The matcher for texts written in <paramref name="culture"/>.</summary>
    public GlossaryMatcher MatcherFor(string culture) =>
        _matchers.GetValueOrDefault(culture) ?? _matchers[Cultures.Source];

    public PublishedEntry? Term(string key) => _terms.GetValueOrDefault(key);

    private static IEnumerable<GlossaryPattern> PatternsOf(PublishedEntry term, string culture)
    {
        var titles = new[] { term.Version.Translation(culture)?.Title, term.Version.Translation(Cultures.Source)?.Title }
            .OfType<string>();
        return GlossaryPatterns.For(term.Key, term.Version.Data.Glossary?.Abbreviation, titles);
    }
}
