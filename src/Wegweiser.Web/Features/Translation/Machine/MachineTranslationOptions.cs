namespace Wegweiser.Web.Features.Translation.Machine;

/// <summary>
/// <c>Wegweiser:MachineTranslation</c>: the optional machine translation service for editors.
/// Without a provider and an address, no suggestion button appears anywhere.
/// </summary>
public sealed class MachineTranslationOptions
{
    public const string DeepL = "DeepL";
    public const string LibreTranslate = "LibreTranslate";

    /// <summary><see cref="DeepL"/> or <see cref="LibreTranslate"/>; empty: no machine translation.</summary>
    public string? Provider { get; set; }

    /// <summary>The service's address: <c>https://api-free.deepl.com</c>, <c>https://api.deepl.com</c> or a LibreTranslate server.</summary>
    public string? Url { get; set; }

    /// <summary>The API key (DeepL: required; LibreTranslate: when the server asks for one). Never logged.</summary>
    public string? Key { get; set; }

    /// <summary>How long one request may take before the editor is told that the service did not answer.</summary>
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>Further German terms kept exactly as they are (besides organisation names, glossary abbreviations and <see cref="MachineTranslationTerms.DefaultKept"/>).</summary>
    public List<string> KeepTerms { get; set; } = [];

    /// <summary>Per culture, German term → what the translation shows instead ("Aufenthaltstitel" → "residence permit (Aufenthaltstitel)").</summary>
    public Dictionary<string, Dictionary<string, string>> Glossary { get; set; } = [];

    /// <summary>DeepL only: per culture, the id of a glossary made in DeepL, sent as <c>glossary_id</c>.</summary>
    public Dictionary<string, string> GlossaryIds { get; set; } = [];

    /// <summary>DeepL only: make a glossary of the fixed terms per culture through <c>/v2/glossaries</c> when none is configured.</summary>
    public bool CreateGlossaries { get; set; }

    public bool IsConfigured => Provider is DeepL or LibreTranslate && Uri.TryCreate(Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>Why the configuration cannot work, naming the setting; null when it is fine or switched off.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Provider))
        {
            return null;
        }

        if (Provider is not (DeepL or LibreTranslate))
        {
            return $"Wegweiser:MachineTranslation:Provider must be {DeepL} or {LibreTranslate}, not '{Provider}'.";
        }

        if (!IsConfigured)
        {
            return "Wegweiser:MachineTranslation:Url must be an http or https address of the translation service.";
        }

        if (Provider == DeepL && string.IsNullOrWhiteSpace(Key))
        {
            return "Wegweiser:MachineTranslation:Key is required for DeepL.";
        }

        return TimeoutSeconds is < 1 or > 600 ? "Wegweiser:MachineTranslation:TimeoutSeconds must be between 1 and 600." : null;
    }
}
