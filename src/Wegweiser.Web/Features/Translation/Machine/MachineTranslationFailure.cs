namespace Wegweiser.Web.Features.Translation.Machine;

/// <summary>Why a machine translation did not come back; each has a German message (<c>MachineTranslation.Error.*</c>).</summary>
public enum MachineTranslationFailure
{
    /// <summary>401 or 403: the key is wrong or missing.</summary>
    KeyRejected,

    /// <summary>429: too many requests just now.</summary>
    TooManyRequests,

    /// <summary>456 (DeepL): the character quota is used up.</summary>
    QuotaExceeded,

    /// <summary>No answer within the configured time.</summary>
    Timeout,

    /// <summary>No connection (refused, name unknown, network down).</summary>
    Unreachable,

    /// <summary>Any other error status or an answer that cannot be read.</summary>
    ServiceError,

    /// <summary>The service does not translate into this language (DeepL has no Farsi).</summary>
    LanguageNotSupported,
}
