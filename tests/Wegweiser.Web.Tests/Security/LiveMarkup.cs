using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Wegweiser.Web.Tests.Security;

/// <summary>
/// Checks that an output holds no live markup an attacker could have put there: no script but the
/// JSON-LD block (which must stay valid JSON), no event-handler attribute, no script or data URL,
/// no frame, object, base or refresh. What a browser or feed reader would run or follow counts,
/// not text that merely shows the payload's characters.
/// </summary>
public static partial class LiveMarkup
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "srcdoc", "srcset"];
    private static readonly string[] Forbidden = ["iframe", "frame", "frameset", "object", "embed", "applet", "base", "math", "template", "noscript", "style"];

    /// <summary>The payloads of the corpus file, comments left out.</summary>
    public static IReadOnlyList<string> Payloads()
    {
        var path = Path.Combine(WegweiserFactory.RecipesFolder, "..", "tests", "Wegweiser.Web.Tests", "Security", "xss-payloads.txt");
        return File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith("# ", StringComparison.Ordinal)).ToList();
    }

    /// <summary>The markers ("xss12") that show where a payload's text reached.</summary>
    public static IEnumerable<string> Markers(string text) => Marker().Matches(text).Select(m => m.Value.ToLowerInvariant());

    public static void AssertHtml(string where, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            var tag = element.LocalName;
            Assert.False(Forbidden.Contains(tag), $"{where}: <{tag}> {Excerpt(element)}");
            Assert.False(tag == "meta" && element.HasAttribute("http-equiv"), $"{where}: <meta http-equiv> {Excerpt(element)}");
            Assert.False(tag == "svg" && Marker().IsMatch(element.OuterHtml), $"{where}: <svg> from a payload {Excerpt(element)}");
            if (tag == "script")
            {
                if (element.GetAttribute("type") == "application/ld+json")
                {
                    using var json = JsonDocument.Parse(element.TextContent); // a breakout would leave invalid JSON
                }
                else
                {
                    // The site's own script files only: same origin, no inline code.
                    var src = element.GetAttribute("src") ?? "";
                    Assert.True(src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal) && element.TextContent.Trim().Length == 0,
                        $"{where}: script {Excerpt(element)}");
                }
            }

            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{where}: {attribute.Name}= on <{tag}> {Excerpt(element)}");
                if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase))
                {
                    AssertUrl(where, attribute.Value, element);
                }

                Assert.False(attribute.Name == "style" && Marker().IsMatch(attribute.Value), $"{where}: style from a payload {Excerpt(element)}");
            }
        }
    }

    /// <summary>An XML output (Atom, sitemap, QR code): well-formed, no script, no handlers, texts only as text.</summary>
    public static void AssertXml(string where, string xml)
    {
        var document = XDocument.Parse(xml);
        foreach (var element in document.Descendants())
        {
            Assert.NotEqual("script", element.Name.LocalName);
            Assert.NotEqual("foreignObject", element.Name.LocalName);
            foreach (var attribute in element.Attributes())
            {
                Assert.False(attribute.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{where}: {attribute.Name} on <{element.Name.LocalName}>");
                Assert.False(attribute.Name.LocalName == "type" && element.Name.LocalName is "title" or "summary" or "content" or "subtitle" && attribute.Value != "text",
                    $"{where}: <{element.Name.LocalName} type=\"{attribute.Value}\"> would be read as markup");
                if (attribute.Name.LocalName is "href" or "src")
                {
                    Assert.False(IsScriptUrl(attribute.Value), $"{where}: {attribute.Value}");
                }
            }
        }
    }

    /// <summary>A vCard or iCalendar file: every (unfolded) line is one property; no payload starts a line of its own.</summary>
    public static void AssertContentLines(string where, string text)
    {
        var lines = text.Replace("\r\n ", "").Replace("\r\n\t", "").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines)
        {
            Assert.True(ContentLine().IsMatch(line), $"{where}: not a property line: {line[..Math.Min(line.Length, 120)]}");
        }
    }

    public static void AssertJson(string where, string json)
    {
        using var document = JsonDocument.Parse(json);
        var at = json.IndexOf('<', StringComparison.Ordinal);
        Assert.True(at < 0, $"{where}: unescaped '<' in {json[Math.Max(0, at - 80)..Math.Min(json.Length, at + 80)]}"); // as \u003C no HTML parser ever sees a tag
    }

    /// <summary>A CSV file (RFC 4180): every record has the header's number of fields, so no text broke out of its cell.</summary>
    public static void AssertCsv(string where, string csv)
    {
        var rows = Features.Hsds.HsdsPackageCheck.Parse(csv);
        Assert.All(rows, r => Assert.True(r.Count == rows[0].Count, $"{where}: a record has {r.Count} fields, the header {rows[0].Count}: {string.Join(",", r)[..Math.Min(120, string.Join(",", r).Length)]}"));
    }

    private static void AssertUrl(string where, string value, IElement element) =>
        Assert.False(IsScriptUrl(value), $"{where}: URL {value} on <{element.LocalName}> {Excerpt(element)}");

    private static bool IsScriptUrl(string value)
    {
        var url = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return url.StartsWith("javascript:", StringComparison.Ordinal) || url.StartsWith("vbscript:", StringComparison.Ordinal)
            || (url.StartsWith("data:", StringComparison.Ordinal) && !url.StartsWith("data:image/", StringComparison.Ordinal))
            || (url.StartsWith("mailto:", StringComparison.Ordinal) && url.Contains('?'));
    }

    private static string Excerpt(IElement element) => element.OuterHtml[..Math.Min(element.OuterHtml.Length, 160)];

    [GeneratedRegex(@"xss\d+", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9-]*(;[^:]*)?:")]
    private static partial Regex ContentLine();
}
