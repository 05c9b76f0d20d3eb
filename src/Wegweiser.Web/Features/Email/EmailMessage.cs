namespace Wegweiser.Web.Features.Email;

/// <summary>
/// One email to one person: German plain-language text, and the same message in the reader's
/// language as a second part where that language is known.
/// </summary>
/// <param name="To">The recipient's address.</param>
/// <param name="Subject">The German subject.</param>
/// <param name="Text">The German text, plain text with blank lines between paragraphs.</param>
/// <param name="Purpose">What the message is for (<c>password-reset</c>); the only thing logged about it.</param>
public sealed record EmailMessage(string To, string Subject, string Text, string Purpose)
{
    /// <summary>The message in a second language, or null for German only.</summary>
    public EmailTranslation? Translation { get; init; }

    /// <summary>
    /// The left part of a fixed Message-ID (<c>key@sender-domain</c>), for a message that may be
    /// sent again after a crash: the repeat is recognisably the same message, and mail programs
    /// show it once. Null: a new Message-ID each time.
    /// </summary>
    public string? MessageKey { get; init; }
}

/// <summary>The second-language part of an <see cref="EmailMessage"/>.</summary>
/// <param name="Culture">The language, e.g. <c>ar</c>.</param>
/// <param name="Subject">The subject in that language, appended to the German one.</param>
/// <param name="Text">The text in that language.</param>
public sealed record EmailTranslation(string Culture, string Subject, string Text);
