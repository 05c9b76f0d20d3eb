using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Wegweiser.Web.Tests.Features.Translation.Machine;

/// <summary>
/// DeepL's and LibreTranslate's APIs on 127.0.0.1, answering as the real services do (the real ones
/// are outside this machine). A "translation" upper-cases the words outside the tags, drops
/// Markdown characters, turns digits into X and puts a marker with the target language in front,
/// so anything the site failed to protect comes back visibly broken. It can be told to answer
/// with an error status or too slowly, and records each request.
/// </summary>
public sealed partial class FakeTranslationApi : IAsyncDisposable
{
    public const string Key = "test-key-1234:fx";

    private readonly WebApplication _app;

    private FakeTranslationApi(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    /// <summary>An error status to answer with (401, 403, 429, 456, 500); null: answer normally.</summary>
    public int? FailWith { get; set; }

    /// <summary>How long to wait before answering.</summary>
    public TimeSpan Delay { get; set; }

    public ConcurrentQueue<(string Path, string? Authorization, JsonObject Body)> Requests { get; } = new();

    /// <summary>What the fake makes of one text sent to <paramref name="target"/>.</summary>
    public static string Translate(string text, string target) =>
        $"⟦{target}⟧ " + Tags().Replace(text, m => m.Groups[1].Success ? m.Value : Mangle(m.Value));

    private static string Mangle(string words) =>
        new string(words.ToUpperInvariant().Where(c => "*_#[]()|`\\~".IndexOf(c) < 0).Select(c => char.IsDigit(c) ? 'X' : c).ToArray());

    public static async Task<FakeTranslationApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeTranslationApi(app);
        app.MapPost("/v2/translate", (Func<HttpContext, Task<IResult>>)(http => fake.AnswerAsync(http, body =>
        {
            if (http.Request.Headers.Authorization != $"DeepL-Auth-Key {Key}")
            {
                return Results.StatusCode(403);
            }

            var target = body["target_lang"]!.GetValue<string>();
            var texts = body["text"]!.AsArray().Select(t => t!.GetValue<string>());
            return Results.Json(new { translations = texts.Select(t => new { detected_source_language = "DE", text = Translate(t, target) }) });
        })));
        app.MapPost("/v2/glossaries", (Func<HttpContext, Task<IResult>>)(http => fake.AnswerAsync(http, body =>
            http.Request.Headers.Authorization != $"DeepL-Auth-Key {Key}" ? Results.StatusCode(403)
                : Results.Json(new { glossary_id = "glossar-" + body["target_lang"]!.GetValue<string>(), ready = true, entry_count = 1 }, statusCode: 201))));
        app.MapPost("/translate", (Func<HttpContext, Task<IResult>>)(http => fake.AnswerAsync(http, body =>
        {
            if (body["api_key"]?.GetValue<string>() != Key)
            {
                return Results.Json(new { error = "Invalid API key" }, statusCode: 403);
            }

            var target = body["target"]!.GetValue<string>();
            var q = body["q"]!;
            return q is JsonArray many
                ? Results.Json(new { translatedText = many.Select(t => Translate(t!.GetValue<string>(), target)) })
                : Results.Json(new { translatedText = Translate(q.GetValue<string>(), target) });
        })));
        await app.StartAsync();
        fake.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    private async Task<IResult> AnswerAsync(HttpContext http, Func<JsonObject, IResult> answer)
    {
        var body = (await JsonNode.ParseAsync(http.Request.Body))!.AsObject();
        Requests.Enqueue((http.Request.Path, http.Request.Headers.Authorization, body));
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, http.RequestAborted);
        }

        return FailWith is { } status ? Results.Json(new { message = "fake error" }, statusCode: status) : answer(body);
    }

    /// <summary>Everything the site sent, as one string, to look for what must never leave it.</summary>
    public string AllSent() => string.Join('\n', Requests.Select(r => r.Body.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>Tags and entities, which a translation service leaves alone.</summary>
    [GeneratedRegex(@"(<[^>]+>|&[a-zA-Z]+;|&#\d+;)|[^<&]+|&")]
    private static partial Regex Tags();
}
