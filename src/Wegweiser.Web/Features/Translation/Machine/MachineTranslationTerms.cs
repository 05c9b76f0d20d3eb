using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;
using Wegweiser.Core.Translation.Machine;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Translation.Machine;

/// <summary>
/// The fixed terms of one target culture: names of the published organisations and the glossary's
/// abbreviations stay as they are; a glossary term whose entry is translated into the culture is
/// shown as that translation's title ("… (Aussiedler- und Ausländerwesen)"); then the built-in and
/// configured terms (<see cref="MachineTranslationOptions.KeepTerms"/>, <see cref="MachineTranslationOptions.Glossary"/>).
/// </summary>
public sealed class MachineTranslationTerms(ContentStore store, IOptions<WegweiserOptions> options)
{
    /// <summary>Terms people meet in German in letters and at offices, kept in every language.</summary>
    public static readonly IReadOnlyList<string> DefaultKept = ["Jobcenter", "Ausländerbehörde", "Bürgeramt"];

    /// <summary>Legal terms explained in the target language with the German word in brackets.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> DefaultGlossary = new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["en"] = new Dictionary<string, string> { ["Aufenthaltstitel"] = "residence permit (Aufenthaltstitel)", ["Duldung"] = "temporary suspension of deportation (Duldung)" },
        ["ar"] = new Dictionary<string, string> { ["Aufenthaltstitel"] = "تصريح الإقامة (Aufenthaltstitel)", ["Duldung"] = "وقف الترحيل المؤقت (Duldung)" },
        ["fa"] = new Dictionary<string, string> { ["Aufenthaltstitel"] = "اجازه اقامت (Aufenthaltstitel)", ["Duldung"] = "تعلیق موقت اخراج (Duldung)" },
        ["uk"] = new Dictionary<string, string> { ["Aufenthaltstitel"] = "дозвіл на проживання (Aufenthaltstitel)", ["Duldung"] = "тимчасове призупинення депортації (Duldung)" },
        ["ru"] = new Dictionary<string, string> { ["Aufenthaltstitel"] = "вид на жительство (Aufenthaltstitel)", ["Duldung"] = "временная отсрочка депортации (Duldung)" },
        ["tr"] = new Dictionary<string, string> { ["Aufenthaltstitel"] = "oturma izni (Aufenthaltstitel)", ["Duldung"] = "sınır dışı etmenin geçici olarak ertelenmesi (Duldung)" },
    };

    public async Task<IReadOnlyList<ProtectedTerm>> ForAsync(string culture, CancellationToken ct)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        var items = await store.WithPublishedVersion()
            .Where(i => i.Type == ContentType.Organisation || i.Type == ContentType.GlossaryTerm).ToListAsync(ct);
        foreach (var item in items)
        {
            if (item.Versions.FirstOrDefault(v => v.IsPublished) is not { } published || published.Translation(Cultures.Source) is not { } german)
            {
                continue;
            }

            if (item.Type == ContentType.Organisation)
            {
                terms.TryAdd(german.Title, german.Title);
                continue;
            }

            // Entries for abbreviations with a full stop ("S." for "Seite", "vgl.") explain ordinary
            // German words, which must be translated like any other.
            var abbreviation = published.Data.Glossary?.Abbreviation;
            if (abbreviation?.EndsWith('.') == true)
            {
                continue;
            }

            if (abbreviation is { Length: >= 2 })
            {
                terms.TryAdd(abbreviation, abbreviation);
            }

            if (published.Translation(culture) is { } translated && !string.IsNullOrWhiteSpace(translated.Title))
            {
                terms.TryAdd(german.Title, translated.Title);
            }
        }

        var settings = options.Value.MachineTranslation;
        foreach (var (german, rendering) in (settings.Glossary.GetValueOrDefault(culture) ?? []).Where(g => !string.IsNullOrWhiteSpace(g.Key)))
        {
            terms[german] = string.IsNullOrWhiteSpace(rendering) ? german : rendering;
        }

        foreach (var kept in settings.KeepTerms.Concat(DefaultKept).Where(k => !string.IsNullOrWhiteSpace(k)))
        {
            terms.TryAdd(kept.Trim(), kept.Trim());
        }

        foreach (var (german, rendering) in DefaultGlossary.GetValueOrDefault(culture) ?? new Dictionary<string, string>())
        {
            terms.TryAdd(german, rendering);
        }

        return terms.Select(t => new ProtectedTerm(t.Key, t.Value)).ToList();
    }
}
