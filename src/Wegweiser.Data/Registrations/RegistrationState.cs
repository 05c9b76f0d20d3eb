namespace Wegweiser.Data.Registrations;

/// <summary>Where a <see cref="Registration"/> stands.</summary>
public enum RegistrationState
{
    /// <summary>The email address is not confirmed yet; nothing reached the editors.</summary>
    Unconfirmed,

    /// <summary>Confirmed: the entry is in review and waits in the moderation queue.</summary>
    Waiting,

    /// <summary>A publisher sent it back with a comment; the entry is a draft again.</summary>
    SentBack,

    Published,

    /// <summary>A publisher rejected it with a reason; the draft entry was deleted.</summary>
    Rejected,
}
