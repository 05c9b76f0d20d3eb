using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;

namespace Wegweiser.Search.Analysis;

/// <summary>
/// A culture's analyzer followed by the German steps, for the entries that are indexed in German
/// because they have no translation yet: umlaut folding, compound parts (when indexing) and light
/// stemming. So "Beratung" finds "Migrationsberatung" in the Arabic index as in the German one.
/// The German filters change only Latin letters; Arabic, Persian and Cyrillic words pass unchanged.
/// </summary>
internal sealed class GermanFallbackAnalyzer(Analyzer culture, CharArraySet? compoundParts) : AnalyzerWrapper(GLOBAL_REUSE_STRATEGY)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => culture;

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components)
    {
        TokenStream stream = new GermanNormalizationFilter(components.TokenStream);
        if (compoundParts is not null)
        {
            stream = new DictionaryCompoundWordTokenFilter(SearchAnalyzers.Version, stream, compoundParts,
                minWordSize: 6, minSubwordSize: 3, maxSubwordSize: 20, onlyLongestMatch: false);
        }

        stream = new GermanLightStemFilter(stream);
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(components.Tokenizer, stream);
    }
}
