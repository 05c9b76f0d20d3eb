using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Wegweiser.Search.Indexing;
using Wegweiser.Search.Querying;

namespace Wegweiser.Web.Features.Offline.Saving;

/// <summary>One entry of the offline search index: its address, title, short summary, type name and words.</summary>
public sealed record OfflineSearchEntry(string Id, string Url, string Title, string? Summary, string Type, IReadOnlyList<string> Words);

/// <summary>
/// The compact search index of one culture (<c>/{culture}/offline/suche.json</c>), searched by
/// <c>offline-search.js</c> without a network: per published entry its address, title, a short
/// summary, its type and its folded words (title, summary, body and the other public fields of the
/// search document; "#key" for its topics and needs), and the thesaurus and synonym rules of the
/// search library for that culture (<see cref="OfflineVocabulary"/>).
/// </summary>
public static class OfflineSearchIndex
{
    /// <summary>Summaries are cut to this length: the result list shows a line or two.</summary>
    public const int SummaryLength = 160;

    /// <summary>Non-ASCII letters stay as they are (smaller), but &lt;, &gt;, &amp; and quotes are always escaped.</summary>
    public static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The index entry of a search document; <paramref name="needs"/> are the entry's need keys.</summary>
    public static OfflineSearchEntry Entry(string id, SearchDocument document, IEnumerable<string> needs, string typeName)
    {
        var words = OfflineVocabulary.Words($"{document.Title} {document.Summary} {document.Body}")
            .Concat(document.Topics.Concat(needs).Distinct().Select(k => "#" + k))
            .ToList();
        var summary = document.Summary is { Length: > SummaryLength } longer ? longer[..SummaryLength].TrimEnd() + "…" : document.Summary;
        return new OfflineSearchEntry(id, document.Url, document.Title, summary, typeName, words);
    }

    public static byte[] Write(string culture, IEnumerable<OfflineSearchEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Json))
        {
            json.WriteStartObject();
            json.WriteString("culture", culture);
            json.WriteStartArray("entries");
            foreach (var entry in entries)
            {
                json.WriteStartObject();
                json.WriteString("id", entry.Id);
                json.WriteString("u", entry.Url);
                json.WriteString("t", entry.Title);
                json.WriteString("s", entry.Summary ?? "");
                json.WriteString("y", entry.Type);
                json.WriteString("w", string.Join(' ', entry.Words));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("thesaurus");
            foreach (var (typed, adds) in OfflineVocabulary.Rules(culture))
            {
                json.WriteStartArray();
                json.WriteStringValue(string.Join(' ', typed));
                json.WriteStringValue(string.Join(' ', adds));
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }
}
