using Wegweiser.Core.Translation.Machine;

namespace Wegweiser.Web.Features.Translation.Machine;

/// <summary>
/// A machine translation service (DeepL, LibreTranslate). It receives segments of editor text that
/// <see cref="ProtectedText"/> prepared (XML-escaped, placeholders <c>&lt;x id="n"/&gt;</c>) and
/// returns them translated from German, in the same order. Failures are thrown as
/// <see cref="MachineTranslationException"/>.
/// </summary>
public interface IMachineTranslator
{
    /// <summary>The provider's name for logs.</summary>
    string Name { get; }

    /// <summary>Whether the service translates from German into <paramref name="culture"/>.</summary>
    bool Supports(string culture);

    /// <param name="terms">The fixed terms of <paramref name="culture"/>, for services that take a glossary.</param>
    Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> segments, string culture, IReadOnlyCollection<ProtectedTerm> terms, CancellationToken ct);
}
