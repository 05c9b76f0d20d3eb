using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Wegweiser.Search.Indexing;

namespace Wegweiser.Search.Querying;

/// <summary>HTML-encoded titles and snippets with the matched words in <c>&lt;mark&gt;</c>.</summary>
internal sealed class Highlights(Query rewritten, Analyzer analyzer)
{
    private const int SnippetLength = 180;

    public string Title(string title) =>
        Best(SearchFields.Title, title, new NullFragmenter()) is { Length: > 0 } marked ? marked : HtmlTextEncoder.Encode(title);

    public string Snippet(string? summary, string? body)
    {
        foreach (var (field, text) in new[] { (SearchFields.Summary, summary), (SearchFields.Body, body) })
        {
            if (text is not null && Best(field, text, null) is { Length: > 0 } marked)
            {
                return marked;
            }
        }

        var plain = summary ?? body ?? "";
        return HtmlTextEncoder.Encode(plain.Length > SnippetLength ? plain[..SnippetLength] + " …" : plain);
    }

    private string Best(string field, string text, IFragmenter? fragmenter)
    {
        var scorer = new QueryScorer(rewritten, field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new HtmlTextEncoder(), scorer)
        {
            TextFragmenter = fragmenter ?? new SimpleSpanFragmenter(scorer, SnippetLength),
        };
        using var tokens = analyzer.GetTokenStream(field, text);
        return highlighter.GetBestFragments(tokens, text, 2, " … ");
    }
}
