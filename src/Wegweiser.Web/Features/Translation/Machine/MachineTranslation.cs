using Microsoft.Extensions.Options;
using Wegweiser.Core.Translation.Machine;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Translation.Machine;

/// <summary>
/// Suggests translations of an entry's German texts through the configured service: protects the
/// structure and fixed terms (<see cref="ProtectedText"/>), sends all fields in one go, puts the
/// texts together again. Only an entry's editor text is ever passed here, never a visitor's.
/// A failure changes nothing and is logged with provider, culture and reason — never key or text.
/// </summary>
public sealed class MachineTranslation(IOptions<WegweiserOptions> options, IServiceProvider services, MachineTranslationTerms terms, ILogger<MachineTranslation> logger)
{
    /// <summary>What came back: the suggested fields, or why there are none.</summary>
    public sealed record Result(IReadOnlyDictionary<string, string> Fields, MachineTranslationFailure? Failure)
    {
        public bool Succeeded => Failure is null;

        /// <summary>The resource key of the German message for the failure.</summary>
        public string? MessageKey => Failure is { } f ? $"MachineTranslation.Error.{f}" : null;
    }

    private MachineTranslationOptions Settings => options.Value.MachineTranslation;

    /// <summary>Whether a service is configured; without one, no button shows.</summary>
    public bool IsAvailable => Settings.IsConfigured;

    private IMachineTranslator? Translator => !IsAvailable ? null
        : Settings.Provider == MachineTranslationOptions.DeepL ? services.GetRequiredService<DeepLTranslator>() : services.GetRequiredService<LibreTranslateTranslator>();

    /// <summary>Whether suggestions into <paramref name="culture"/> can be had (never for German itself).</summary>
    public bool Supports(string culture) => culture != Core.Content.Cultures.Source && Translator?.Supports(culture) == true;

    /// <summary>Translates the non-empty German <paramref name="fields"/> into <paramref name="culture"/>.</summary>
    public async Task<Result> TranslateAsync(IReadOnlyDictionary<string, string> fields, string culture, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (Translator is not { } translator || !Supports(culture))
        {
            return new Result(new Dictionary<string, string>(), MachineTranslationFailure.LanguageNotSupported);
        }

        try
        {
            var fixedTerms = await terms.ForAsync(culture, ct);
            var prepared = fields.Where(f => !string.IsNullOrWhiteSpace(f.Value))
                .Select(f => (f.Key, Text: ProtectedText.Protect(f.Value, fixedTerms))).ToList();
            var segments = prepared.SelectMany(p => p.Text.Segments).ToList();
            var translated = segments.Count == 0 ? [] : await translator.TranslateAsync(segments, culture, fixedTerms, ct);
            if (translated.Count != segments.Count)
            {
                throw new MachineTranslationException(MachineTranslationFailure.ServiceError);
            }

            var result = new Dictionary<string, string>();
            var next = 0;
            foreach (var (field, text) in prepared)
            {
                var count = text.Segments.Count;
                result[field] = text.Restore(translated.Skip(next).Take(count).ToList());
                next += count;
            }

            logger.LogInformation("Machine translation by {Provider} into {Culture}: {Fields} fields, {Segments} segments", translator.Name, culture, result.Count, segments.Count);
            return new Result(result, null);
        }
        catch (MachineTranslationException e)
        {
            // The exception's message names only the reason and status, never the text or the key.
            logger.LogWarning("Machine translation by {Provider} into {Culture} failed: {Failure} (HTTP {Status})", translator.Name, culture, e.Failure, e.Status);
            return new Result(new Dictionary<string, string>(), e.Failure);
        }
    }
}
