using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Translation.Machine;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Translation.Machine;

/// <summary>
/// DeepL's API v2: <c>POST {url}/v2/translate</c> with <c>Authorization: DeepL-Auth-Key …</c>,
/// German as source, <c>tag_handling=xml</c> so the placeholders stay, and the culture's glossary
/// (configured by id, or made once through <c>/v2/glossaries</c> when <c>CreateGlossaries</c> is on).
/// DeepL does not translate into Farsi.
/// </summary>
public sealed class DeepLTranslator(IHttpClientFactory clients, IOptions<WegweiserOptions> options, DeepLGlossaries glossaries, ILogger<DeepLTranslator> logger) : IMachineTranslator
{
    private static readonly Dictionary<string, string> Targets = new(StringComparer.Ordinal)
    {
        ["en"] = "EN-GB",
        ["ar"] = "AR",
        ["uk"] = "UK",
        ["ru"] = "RU",
        ["tr"] = "TR",
    };

    private MachineTranslationOptions Settings => options.Value.MachineTranslation;

    public string Name => MachineTranslationOptions.DeepL;

    public bool Supports(string culture) => Targets.ContainsKey(culture);

    public async Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> segments, string culture, IReadOnlyCollection<ProtectedTerm> terms, CancellationToken ct)
    {
        if (!Targets.TryGetValue(culture, out var target))
        {
            throw new MachineTranslationException(MachineTranslationFailure.LanguageNotSupported);
        }

        var http = clients.CreateClient(TranslationServiceHttp.ClientName);
        var glossaryId = await GlossaryIdAsync(http, culture, terms, ct);
        var result = new List<string>(segments.Count);
        foreach (var batch in TranslationServiceHttp.Batches(segments, 50))
        {
            using var request = Request(HttpMethod.Post, "/v2/translate", new TranslateRequest(batch, "DE", target, "xml", ["x"], glossaryId));
            var answer = await TranslationServiceHttp.SendAsync<TranslateResponse>(http, request, Timeout, ct);
            if (answer.Translations is not { } translations || translations.Count != batch.Count)
            {
                throw new MachineTranslationException(MachineTranslationFailure.ServiceError, 200);
            }

            result.AddRange(translations.Select(t => t.Text ?? ""));
        }

        return result;
    }

    private TimeSpan Timeout => TimeSpan.FromSeconds(Settings.TimeoutSeconds);

    private async Task<string?> GlossaryIdAsync(HttpClient http, string culture, IReadOnlyCollection<ProtectedTerm> terms, CancellationToken ct)
    {
        if (Settings.GlossaryIds.TryGetValue(culture, out var configured) && !string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var entries = terms.Where(t => t.IsTranslated && !t.German.Contains('\t') && !t.Rendering.Contains('\t') && !t.German.Contains('\n') && !t.Rendering.Contains('\n'))
            .DistinctBy(t => t.German).OrderBy(t => t.German, StringComparer.Ordinal).ToList();
        if (!Settings.CreateGlossaries || entries.Count == 0)
        {
            return null;
        }

        var tsv = string.Join('\n', entries.Select(e => $"{e.German}\t{e.Rendering}"));
        if (glossaries.Find(culture, tsv) is { } known)
        {
            return known;
        }

        // Glossaries take the language without variant ("EN", not "EN-GB").
        var target = Targets[culture].Split('-')[0];
        using var request = Request(HttpMethod.Post, "/v2/glossaries", new GlossaryRequest($"Wegweiser {culture}", "DE", target, tsv, "tsv"));
        var created = await TranslationServiceHttp.SendAsync<GlossaryResponse>(http, request, Timeout, ct);
        if (string.IsNullOrWhiteSpace(created.GlossaryId))
        {
            throw new MachineTranslationException(MachineTranslationFailure.ServiceError, 200);
        }

        logger.LogInformation("DeepL glossary made for {Culture} with {Entries} entries", culture, entries.Count);
        glossaries.Remember(culture, tsv, created.GlossaryId);
        return created.GlossaryId;
    }

    private HttpRequestMessage Request<T>(HttpMethod method, string path, T body)
    {
        var request = new HttpRequestMessage(method, TranslationServiceHttp.Endpoint(Settings.Url!, path)) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Authorization", "DeepL-Auth-Key " + Settings.Key);
        return request;
    }

    private sealed record TranslateRequest(
        [property: JsonPropertyName("text")] IReadOnlyList<string> Text,
        [property: JsonPropertyName("source_lang")] string SourceLang,
        [property: JsonPropertyName("target_lang")] string TargetLang,
        [property: JsonPropertyName("tag_handling")] string TagHandling,
        [property: JsonPropertyName("ignore_tags")] IReadOnlyList<string> IgnoreTags,
        [property: JsonPropertyName("glossary_id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? GlossaryId);

    private sealed record TranslateResponse([property: JsonPropertyName("translations")] List<Translated>? Translations);

    private sealed record Translated([property: JsonPropertyName("text")] string? Text);

    private sealed record GlossaryRequest(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("source_lang")] string SourceLang,
        [property: JsonPropertyName("target_lang")] string TargetLang,
        [property: JsonPropertyName("entries")] string Entries,
        [property: JsonPropertyName("entries_format")] string EntriesFormat);

    private sealed record GlossaryResponse([property: JsonPropertyName("glossary_id")] string? GlossaryId);
}

/// <summary>The DeepL glossaries this process made, per culture and entries, so each is made once.</summary>
public sealed class DeepLGlossaries
{
    private readonly ConcurrentDictionary<(string Culture, string Entries), string> _ids = new();

    public string? Find(string culture, string entries) => _ids.GetValueOrDefault((culture, entries));

    public void Remember(string culture, string entries, string id) => _ids[(culture, entries)] = id;
}
