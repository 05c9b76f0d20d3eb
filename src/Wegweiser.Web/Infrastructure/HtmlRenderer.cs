using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;
using Wegweiser.Core.Content;

namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// The one way editor text becomes HTML: Markdown without raw HTML, then sanitised. Every body
/// text shown on a page goes through here.
/// </summary>
public sealed class HtmlRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();
    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public IHtmlContent Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        var html = Markdown.ToHtml(markdown, _pipeline);
        return new HtmlString(_sanitizer.Sanitize(html));
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        foreach (var tag in new[] { "p", "br", "strong", "em", "ul", "ol", "li", "a", "h2", "h3", "h4", "blockquote", "code", "abbr" })
        {
            sanitizer.AllowedTags.Add(tag);
        }

        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedAttributes.Add("href");
        sanitizer.AllowedAttributes.Add("title");
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        // A mailto: link may name one plain address and nothing more (no ?bcc=, no line breaks).
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.SanitizedUrl is { } url && url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            {
                e.SanitizedUrl = EmailAddress.Mailto(Uri.UnescapeDataString(url["mailto:".Length..]));
            }
        };
        return sanitizer;
    }
}
