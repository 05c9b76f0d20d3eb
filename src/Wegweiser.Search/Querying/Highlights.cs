using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Wegweiser.Search.Indexing;

namespace Wegweiser.Search.Querying;

/// <summary>
/// HTML-encoded titles and snippets with the matched words in <c>&lt;mark&gt;</c>. The query's
/// terms and weights are taken out once per field for all hits of a page: a
/// <see cref="QueryScorer"/> made from the query itself would walk its hundreds of clauses again
/// for every hit and field.
/// </summary>
internal sealed class Highlights(Query rewritten, Analyzer analyzer)
{
    private const int SnippetLength = 180;

    private readonly Dictionary<string, WeightedSpanTerm[]> _terms = new(StringComparer.Ordinal);

    public string Title(string title) =>
        Best(SearchFields.Title, title, snippet: false) is { Length: > 0 } marked ? marked : HtmlTextEncoder.Encode(title);

    public string Snippet(string? summary, string? body)
    {
        foreach (var (field, text) in new[] { (SearchFields.Summary, summary), (SearchFields.Body, body) })
        {
            if (text is not null && Best(field, text, snippet: true) is { Length: > 0 } marked)
            {
                return marked;
            }
        }

        var plain = summary ?? body ?? "";
        return HtmlTextEncoder.Encode(plain.Length > SnippetLength ? plain[..SnippetLength] + " …" : plain);
    }

    /// <summary>
    /// The weighted terms of <paramref name="query"/> in <paramref name="field"/>, as the
    /// highlighter's own extraction finds them in a query of term, Boolean and disjunction
    /// clauses (each term with its own boost; prohibited clauses left out).
    /// </summary>
    internal static WeightedSpanTerm[] TermsOf(Query query, string field)
    {
        var terms = new Dictionary<string, float>(StringComparer.Ordinal);
        Collect(query);
        return terms.Select(t => new WeightedSpanTerm(t.Value, t.Key)).ToArray();

        void Collect(Query q)
        {
            switch (q)
            {
                case BooleanQuery boolean:
                    foreach (var clause in boolean.Clauses.Where(c => !c.IsProhibited))
                    {
                        Collect(clause.Query);
                    }

                    break;
                case DisjunctionMaxQuery disjunction:
                    foreach (var disjunct in disjunction.Disjuncts)
                    {
                        Collect(disjunct);
                    }

                    break;
                case TermQuery term when term.Term.Field == field:
                    // The highest weight of a term counts, as in the highlighter's own extraction.
                    var text = term.Term.Text;
                    terms[text] = Math.Max(terms.GetValueOrDefault(text), term.Boost);
                    break;
            }
        }
    }

    private string Best(string field, string text, bool snippet)
    {
        if (!_terms.TryGetValue(field, out var weighted))
        {
            _terms[field] = weighted = TermsOf(rewritten, field);
        }

        if (weighted.Length == 0)
        {
            return "";
        }

        var scorer = new QueryScorer(weighted);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new HtmlTextEncoder(), scorer)
        {
            TextFragmenter = snippet ? new SimpleSpanFragmenter(scorer, SnippetLength) : new NullFragmenter(),
        };
        using var tokens = analyzer.GetTokenStream(field, text);
        return highlighter.GetBestFragments(tokens, text, 2, " … ");
    }
}
