using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Search.Highlight;

namespace Wegweiser.Search.Querying;

/// <summary>
/// Encodes snippet text for HTML like the site's pages do: markup characters become entities,
/// while umlauts, Arabic and Cyrillic stay readable (Lucene's SimpleHTMLEncoder would turn every
/// non-ASCII letter into a numeric entity).
/// </summary>
internal sealed class HtmlTextEncoder : IEncoder
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string text) => Encoder.Encode(text);

    public string EncodeText(string originalText) => Encode(originalText);
}
