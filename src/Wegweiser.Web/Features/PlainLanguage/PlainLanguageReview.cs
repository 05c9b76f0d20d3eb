using Microsoft.Extensions.Options;
using Wegweiser.Core.Analysis;
using Wegweiser.Core.Content;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.PlainLanguage;

/// <summary>
/// The plain-language check as the editor area uses it: with the glossary's abbreviations as known
/// words (read once per request) and the configured thresholds.
/// </summary>
public sealed class PlainLanguageReview(ContentStore store, IOptions<PlainLanguageOptions> options)
{
    private IReadOnlySet<string>? _known;

    public PlainLanguageOptions Options => options.Value;

    public PlainLanguageChecker Checker => PlainLanguageChecker.Maintained;

    /// <summary>The abbreviations of the published glossary terms.</summary>
    public async Task<IReadOnlySet<string>> KnownAbbreviationsAsync(CancellationToken ct = default)
    {
        if (_known is null)
        {
            var terms = await store.PublishedAsync(ContentType.GlossaryTerm, ct);
            _known = terms.Select(t => t.Version.Data.Glossary?.Abbreviation?.Trim()).OfType<string>()
                .Where(a => a.Length > 0).ToHashSet(StringComparer.Ordinal);
        }

        return _known;
    }

    public async Task<PlainLanguageReport> CheckAsync(string? text, CancellationToken ct = default) =>
        Checker.Check(text, await KnownAbbreviationsAsync(ct));

    /// <summary>The German prose of an entry (its checked fields as one text).</summary>
    public async Task<PlainLanguageReport> CheckEntryAsync(ContentType type, ContentTranslation? german, CancellationToken ct = default) =>
        german is null ? PlainLanguageReport.Empty : await CheckAsync(PlainLanguageFields.Joined(type, german.Field), ct);

    /// <summary>Whether machine-translation suggestions may be made from this German prose.</summary>
    public bool AllowsMachineTranslation(PlainLanguageReport german) => german.Reaches(Options.MachineTranslationMinimumScore);
}
