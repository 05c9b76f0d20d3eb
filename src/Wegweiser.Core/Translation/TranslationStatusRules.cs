using Wegweiser.Core.Content;

namespace Wegweiser.Core.Translation;

/// <summary>The one rule that says whether a translation is missing, outdated or current.</summary>
public static class TranslationStatusRules
{
    public static TranslationStatus Of(ContentTranslation? source, ContentTranslation? translation)
    {
        if (translation is null || source is null)
        {
            return TranslationStatus.Missing;
        }

        if (ReferenceEquals(source, translation) || translation.Culture == Cultures.Source)
        {
            return TranslationStatus.UpToDate;
        }

        if (translation.SourceVersion < source.SourceVersion)
        {
            return TranslationStatus.Outdated;
        }

        return translation.IsMachineTranslated ? TranslationStatus.MachineTranslated : TranslationStatus.UpToDate;
    }
}
