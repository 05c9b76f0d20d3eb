using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using Wegweiser.Core.Analysis;

namespace Wegweiser.Web.Features.PlainLanguage;

/// <summary>
/// The findings of one text field as HTML, the same on the server-rendered form and in the
/// fragment the check endpoint returns while an editor types: the score in words, the measures,
/// and a list of findings, each with its kind in words (not colour alone), the sentence with the
/// word marked, and a plain suggestion. Staff texts are German only.
/// </summary>
public static class PlainLanguageHtml
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>Encodes markup characters and leaves letters such as "ä" readable, as the pages do.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The id of the block that describes the field <paramref name="fieldId"/> (for aria-describedby).</summary>
    public static string ResultId(string fieldId) => $"pl-{fieldId}";

    /// <summary>The whole block beside a field: a live status line for screen readers and the result.</summary>
    public static IHtmlContent Block(string fieldId, string checkUrl, PlainLanguageReport report, double minimum, IStringLocalizer t)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"plain-language\" data-plain-language=\"").Append(Encode(checkUrl))
            .Append("\" data-plain-field=\"").Append(Encode(fieldId)).Append("\">");
        html.Append("<p class=\"visually-hidden\" aria-live=\"polite\" data-plain-status></p>");
        html.Append("<div id=\"").Append(Encode(ResultId(fieldId))).Append("\" data-plain-result>");
        html.Append(Result(report, minimum, t));
        html.Append("</div></div>");
        return new HtmlString(html.ToString());
    }

    /// <summary>The inner result: score, measures and findings.</summary>
    public static string Result(PlainLanguageReport report, double minimum, IStringLocalizer t)
    {
        if (report.Score is not { } score)
        {
            return $"<p class=\"hint plain-language__score\">{Encode(t["PlainLanguage.Empty"])}</p>";
        }

        var html = new StringBuilder();
        var verdict = score >= minimum ? t["PlainLanguage.Reached", Number(minimum)] : t["PlainLanguage.Below", Number(minimum)];
        html.Append("<p class=\"plain-language__score\"><strong>").Append(Encode(t["PlainLanguage.Score", Number(score)]))
            .Append("</strong> ").Append(Encode(verdict)).Append("</p>");
        html.Append("<p class=\"hint\">").Append(Encode(t["PlainLanguage.Measures", Number(report.FleschAmstad, "0"), Number(report.WienerSachtextformel),
            report.Words, report.Sentences.Count, Number(report.AverageSentenceLength)])).Append("</p>");
        if (report.Findings.Count > 0)
        {
            html.Append("<ul class=\"plain-language__findings\">");
            foreach (var finding in report.Findings)
            {
                Item(html, finding, t);
            }

            html.Append("</ul>");
        }

        return html.ToString();
    }

    private static void Item(StringBuilder html, PlainLanguageFinding finding, IStringLocalizer t)
    {
        html.Append("<li><strong>").Append(Encode(t[finding.IsProblem ? "PlainLanguage.Problem" : "PlainLanguage.Hint"]))
            .Append(" – ").Append(Encode(finding.Rule.Name)).Append(":</strong> ");
        if (finding.Sentence.Length > 0)
        {
            html.Append("„").Append(Marked(finding.Sentence, finding.Word)).Append("“ ");
        }

        html.Append(Encode(finding.Rule.Why)).Append(' ').Append(Encode(finding.Suggestion)).Append("</li>");
    }

    /// <summary>The sentence, encoded, with the word (or each part of "wird … gemacht") in a mark element.</summary>
    private static string Marked(string sentence, string? word)
    {
        var parts = (word ?? "").Split([" … ", ", "], StringSplitOptions.RemoveEmptyEntries);
        var marks = new List<(int At, int Length)>();
        foreach (var part in parts)
        {
            var at = sentence.IndexOf(part, StringComparison.Ordinal);
            if (at >= 0 && !marks.Any(m => at < m.At + m.Length && m.At < at + part.Length))
            {
                marks.Add((at, part.Length));
            }
        }

        var html = new StringBuilder();
        var from = 0;
        foreach (var (at, length) in marks.OrderBy(m => m.At))
        {
            html.Append(Encode(sentence[from..at])).Append("<mark>").Append(Encode(sentence.Substring(at, length))).Append("</mark>");
            from = at + length;
        }

        return html.Append(Encode(sentence[from..])).ToString();
    }

    /// <summary>A message in place of the result (for a refused check).</summary>
    public static string Error(string message) => $"<p class=\"field-error\">{Encode(message)}</p>";

    private static string Number(double value, string format = "0.0") => value.ToString(format, German);

    private static string Encode(string? s) => Encoder.Encode(s ?? "");
}
