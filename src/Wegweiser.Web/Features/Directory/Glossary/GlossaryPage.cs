using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Html;
using Wegweiser.Core.Content;
using Wegweiser.Core.Glossary;

namespace Wegweiser.Web.Features.Directory.Glossary;

/// <summary>
/// Marks the glossary terms of one page's texts, in reading order: the first occurrence of each
/// term becomes a link to its note at the end of the text (<see cref="Notes"/>), described by the
/// note's explanation for screen readers; later occurrences stay plain. It works on the text nodes
/// of the sanitised HTML, never inside links, headings, code or abbreviations, and never links the
/// page's own term.
/// </summary>
public sealed class GlossaryPage
{
    private static readonly HashSet<string> Skipped =
        ["a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd", "samp", "abbr", "button", "label", "script", "style", "textarea"];

    private readonly GlossaryIndex _index;
    private readonly GlossaryMatcher _matcher;
    private readonly string _visitorCulture;
    private readonly string? _ownKey;
    private readonly List<GlossaryNote> _notes = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private IDocument? _document;

    /// <param name="textCulture">The language the texts are written in (German where they fall back).</param>
    /// <param name="visitorCulture">The language of the notes.</param>
    /// <param name="ownKey">The page's own entry, never linked to itself.</param>
    public GlossaryPage(GlossaryIndex index, string textCulture, string visitorCulture, string? ownKey)
    {
        _index = index;
        _matcher = index.MatcherFor(textCulture);
        _visitorCulture = visitorCulture;
        _ownKey = ownKey;
    }

    public IReadOnlyList<GlossaryNote> Notes => _notes;

    /// <summary>Parsing costs more than looking: the document is made only for a text with a term in it.</summary>
    private IDocument Document => _document ??= new HtmlParser().ParseDocument(string.Empty);

    /// <summary>Sanitised HTML with its terms linked (unchanged when it has none).</summary>
    public IHtmlContent Html(string? sanitizedHtml)
    {
        // Without character references every text node stands as it is in the markup: no term
        // in the markup, none in the text.
        if (string.IsNullOrEmpty(sanitizedHtml) || (!sanitizedHtml.Contains('&') && _matcher.Find(sanitizedHtml).Count == 0))
        {
            return new HtmlString(sanitizedHtml ?? string.Empty);
        }

        var container = Document.CreateElement("div");
        container.InnerHtml = sanitizedHtml;
        return Walk(container) ? new HtmlString(container.InnerHtml) : new HtmlString(sanitizedHtml);
    }

    /// <summary>A plain text (no markup) with its terms linked, or null for no text.</summary>
    public IHtmlContent? Text(string? plain)
    {
        if (string.IsNullOrEmpty(plain))
        {
            return null;
        }

        if (_matcher.Find(plain).Count == 0)
        {
            return new HtmlContentBuilder().Append(plain);
        }

        var container = Document.CreateElement("div");
        container.AppendChild(Document.CreateTextNode(plain));
        return Walk(container) ? new HtmlString(container.InnerHtml) : new HtmlContentBuilder().Append(plain);
    }

    private bool Walk(INode node)
    {
        var changed = false;
        foreach (var child in node.ChildNodes.ToArray())
        {
            if (child is IText text)
            {
                changed |= LinkIn(text);
            }
            else if (child is IElement element && !Skipped.Contains(element.LocalName))
            {
                changed |= Walk(element);
            }
        }

        return changed;
    }

    private bool LinkIn(IText text)
    {
        var value = text.Data;
        var parts = new List<INode>();
        var position = 0;
        foreach (var match in _matcher.Find(value))
        {
            if (match.TermKey == _ownKey || !_seen.Add(match.TermKey) || NoteFor(match.TermKey) is not { } note)
            {
                continue;
            }

            parts.Add(Document.CreateTextNode(value[position..match.Start]));
            parts.Add(LinkTo(note, value.Substring(match.Start, match.Length)));
            position = match.Start + match.Length;
        }

        if (parts.Count == 0)
        {
            return false;
        }

        parts.Add(Document.CreateTextNode(value[position..]));
        text.Replace([.. parts]);
        return true;
    }

    private IElement LinkTo(GlossaryNote note, string words)
    {
        var link = Document.CreateElement("a");
        link.SetAttribute("href", "#" + note.Anchor);
        link.SetAttribute("id", note.ReferenceId);
        link.SetAttribute("class", "glossary-term");
        link.SetAttribute("aria-describedby", note.ExplanationId);
        link.TextContent = words;
        return link;
    }

    private GlossaryNote? NoteFor(string key)
    {
        if (_index.Term(key) is not { } term)
        {
            return null;
        }

        var text = LocalizedText.For(term.Version, _visitorCulture);
        var abbreviation = term.Version.Data.Glossary?.Abbreviation;
        var section = DirectorySection.For(ContentType.GlossaryTerm);
        var note = new GlossaryNote(
            key,
            string.IsNullOrWhiteSpace(abbreviation) ? text.Title : abbreviation,
            !string.IsNullOrWhiteSpace(abbreviation),
            string.IsNullOrWhiteSpace(abbreviation) ? null : text.Title,
            text.Field(ContentFields.Summary),
            text.IsFallback ? Cultures.Source : null,
            section.DetailUrl(_visitorCulture, text.Translation.Slug));
        _notes.Add(note);
        return note;
    }
}
