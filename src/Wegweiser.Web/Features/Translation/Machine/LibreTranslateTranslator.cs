using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Translation.Machine;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Translation.Machine;

/// <summary>
/// LibreTranslate (self-hostable): <c>POST {url}/translate</c> with <c>q</c> (a list of texts),
/// <c>source=de</c>, the target culture, <c>format=html</c> so the placeholders stay, and the
/// <c>api_key</c> when one is configured. It takes no glossary: the fixed terms are placeholders.
/// </summary>
public sealed class LibreTranslateTranslator(IHttpClientFactory clients, IOptions<WegweiserOptions> options) : IMachineTranslator
{
    private static readonly HashSet<string> Targets = new(StringComparer.Ordinal) { "en", "ar", "fa", "uk", "ru", "tr" };

    private MachineTranslationOptions Settings => options.Value.MachineTranslation;

    public string Name => MachineTranslationOptions.LibreTranslate;

    public bool Supports(string culture) => Targets.Contains(culture);

    public async Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> segments, string culture, IReadOnlyCollection<ProtectedTerm> terms, CancellationToken ct)
    {
        if (!Supports(culture))
        {
            throw new MachineTranslationException(MachineTranslationFailure.LanguageNotSupported);
        }

        var http = clients.CreateClient(TranslationServiceHttp.ClientName);
        var key = string.IsNullOrWhiteSpace(Settings.Key) ? null : Settings.Key;
        var result = new List<string>(segments.Count);
        foreach (var batch in TranslationServiceHttp.Batches(segments, 50))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, TranslationServiceHttp.Endpoint(Settings.Url!, "/translate"))
            {
                Content = JsonContent.Create(new TranslateRequest(batch, "de", culture, "html", key)),
            };
            var answer = await TranslationServiceHttp.SendAsync<TranslateResponse>(http, request, TimeSpan.FromSeconds(Settings.TimeoutSeconds), ct);
            if (answer.TranslatedText is not { } texts || texts.Count != batch.Count)
            {
                throw new MachineTranslationException(MachineTranslationFailure.ServiceError, 200);
            }

            result.AddRange(texts);
        }

        return result;
    }

    private sealed record TranslateRequest(
        [property: JsonPropertyName("q")] IReadOnlyList<string> Q,
        [property: JsonPropertyName("source")] string Source,
        [property: JsonPropertyName("target")] string Target,
        [property: JsonPropertyName("format")] string Format,
        [property: JsonPropertyName("api_key"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ApiKey);

    private sealed record TranslateResponse([property: JsonPropertyName("translatedText")] List<string>? TranslatedText);
}
