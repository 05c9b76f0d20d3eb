namespace Wegweiser.Core.Translation;

/// <summary>How the texts of one culture stand against the German source.</summary>
public enum TranslationStatus
{
    Missing,
    Outdated,
    UpToDate,
    MachineTranslated,
}
