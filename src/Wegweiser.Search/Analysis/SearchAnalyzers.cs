using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Tr;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Wegweiser.Search.Analysis;

/// <summary>
/// The analyzers of each culture. Index and query use the same chain, except that German compounds
/// are split only when indexing: the index holds "migrationsberatung", "migration" and "beratung"
/// at one position, so a query for either part matches, while a query for the whole compound does
/// not also match every entry that merely shares one part. (The query adds a compound's parts
/// separately, weighted well below the whole word: see <see cref="CompoundPartsOf"/>.)
/// </summary>
public static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly Lazy<CharArraySet> CompoundParts = new(() =>
        new CharArraySet(Version, Wegweiser.Core.Analysis.GermanWordLists.CompoundParts.Select(NormalizeGerman).Distinct().ToList(), false));

    private static readonly Lazy<Analyzer> PartsAnalyzer = new(() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new KeywordTokenizer(reader);
        TokenStream stream = new GermanNormalizationFilter(new LowerCaseFilter(Version, source));
        stream = new DictionaryCompoundWordTokenFilter(Version, stream, CompoundParts.Value,
            minWordSize: 6, minSubwordSize: 3, maxSubwordSize: 20, onlyLongestMatch: false);
        return new TokenStreamComponents(source, stream);
    }));

    /// <summary>The analyzer that writes the index of <paramref name="culture"/>.</summary>
    public static Analyzer ForIndex(string culture) => For(culture, splitCompounds: true);

    /// <summary>The analyzer for the words of a query in <paramref name="culture"/>.</summary>
    public static Analyzer ForQuery(string culture) => For(culture, splitCompounds: false);

    /// <summary>
    /// Tokenizer and lower case only, for the "did you mean" words; the same for every culture.
    /// </summary>
    public static Analyzer Plain() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(source, new LowerCaseFilter(Version, source));
    });

    /// <summary>The longest word beginning the suggestion field holds; longer typed words are cut to it.</summary>
    public const int MaxSuggestGram = 24;

    /// <summary>
    /// Title words folded (lower case, no accents or umlaut dots, Arabic and Persian letter variants
    /// unified) and cut into their beginnings: "Sprachkurs" → "s", "sp", …, "sprachkurs".
    /// </summary>
    public static Analyzer SuggestIndex(string culture) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        var stream = new EdgeNGramTokenFilter(Version, SuggestFolding(culture, source), 1, MaxSuggestGram);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>The typed words folded as <see cref="SuggestIndex"/> folds titles, but not cut.</summary>
    public static Analyzer SuggestQuery(string culture) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(source, SuggestFolding(culture, source));
    });

    private static TokenStream SuggestFolding(string culture, TokenStream source)
    {
        TokenStream stream = new LowerCaseFilter(Version, source);
        if (culture == "de")
        {
            // "Aerzte" and "Ärzte" both become "arzte", as in the German text fields.
            stream = new GermanNormalizationFilter(stream);
        }

        stream = new ASCIIFoldingFilter(stream);
        if (culture is "ar" or "fa")
        {
            stream = new PersianNormalizationFilter(stream);
            stream = new ArabicNormalizationFilter(stream);
        }

        return stream;
    }

    /// <summary>
    /// The parts of <paramref name="word"/> from the maintained compound list, folded but not
    /// stemmed ("Fahrradreparatur": "fahrrad", "reparatur"); empty when the word has none.
    /// </summary>
    public static IReadOnlyList<string> CompoundPartsOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var tokens = Tokens(PartsAnalyzer.Value, word);
        return tokens.Skip(1).Where(t => t != tokens[0]).Distinct().ToList();
    }

    /// <summary>The terms <paramref name="analyzer"/> makes of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> Tokens(Analyzer analyzer, string text, string field = "body")
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    private static Analyzer For(string culture, bool splitCompounds) => culture switch
    {
        "de" => German(splitCompounds),
        // English has every entry translated; the other indexes hold many entries in German.
        "en" => new EnglishAnalyzer(Version),
        "ar" => WithGerman(new ArabicAnalyzer(Version), splitCompounds),
        "fa" => WithGerman(new PersianAnalyzer(Version), splitCompounds),
        "ru" => WithGerman(new RussianAnalyzer(Version), splitCompounds),
        "tr" => WithGerman(new TurkishAnalyzer(Version), splitCompounds),
        // Lucene.NET 4.8 has no Ukrainian stemmer: tokenizer and lower case are the sound fallback
        // (exact word forms match; typos are caught by the fuzzy part of the query).
        "uk" => WithGerman(Plain(), splitCompounds),
        _ => Plain(),
    };

    /// <summary>The German steps after a culture's own, for the untranslated entries in its index.</summary>
    private static Analyzer WithGerman(Analyzer culture, bool splitCompounds) =>
        new GermanFallbackAnalyzer(culture, splitCompounds ? CompoundParts.Value : null);

    /// <summary>
    /// Standard tokenizer, lower case, German stop words, German2 folding (ä = ae → a, ö = oe → o,
    /// ü = ue → u, ß → ss), compound parts from the maintained list, light stemming.
    /// </summary>
    private static Analyzer German(bool splitCompounds) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new StopFilter(Version, stream, GermanAnalyzer.DefaultStopSet);
        stream = new GermanNormalizationFilter(stream);
        if (splitCompounds)
        {
            stream = new DictionaryCompoundWordTokenFilter(Version, stream, CompoundParts.Value,
                minWordSize: 6, minSubwordSize: 3, maxSubwordSize: 20, onlyLongestMatch: false);
        }

        stream = new GermanLightStemFilter(stream);
        // A compound and its parts often stem to the same term ("beratungen", "beratung").
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>A list word in the folded form the compound filter sees.</summary>
    private static string NormalizeGerman(string word)
    {
        using var analyzer = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new KeywordTokenizer(reader);
            return new TokenStreamComponents(source, new GermanNormalizationFilter(new LowerCaseFilter(Version, source)));
        });
        return Tokens(analyzer, word).Single();
    }
}
