using Wegweiser.Core.Content;

namespace Wegweiser.Web.Features.Directory;

/// <summary>
/// The texts of a version in the visitor's culture, or the German texts when the translation is
/// missing (<see cref="IsFallback"/>), so pages can mark the fragment with <c>lang="de"</c>.
/// </summary>
public sealed record LocalizedText(ContentTranslation Translation, bool IsFallback)
{
    public string Title => Translation.Title;

    public string Lang => Translation.Culture;

    /// <summary>A translation in the visitor's culture that no native speaker has checked yet.</summary>
    public bool IsMachineTranslated => !IsFallback && Translation.Culture != Cultures.Source && Translation.IsMachineTranslated;

    public string? Field(string name) => Translation.Field(name);

    public static LocalizedText For(ContentVersion version, string culture)
    {
        var own = version.Translation(culture);
        return own is not null
            ? new LocalizedText(own, false)
            : new LocalizedText(version.Translation(Cultures.Source) ?? throw new InvalidOperationException("Published version without German text."), culture != Cultures.Source);
    }
}
