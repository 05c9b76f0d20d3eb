using Wegweiser.Web.Features.Email;

namespace Wegweiser.Web.Features.Registration;

/// <summary>
/// The emails to a registration's contact person, in plain German (resources
/// <c>Email.Registration*.Subject/Body</c>, see <see cref="EmailTemplates"/>). The confirmation link
/// comes with a second part in the visitor's language; the decisions are German only, as the
/// publisher's comment is.
/// </summary>
public static class RegistrationEmails
{
    public const string ConfirmPurpose = "registration-confirm";
    public const string DecisionPurpose = "registration-decision";

    /// <summary>{0} contact name, {1} entry name, {2} link, {3} hours the link works.</summary>
    public static EmailMessage Confirm(string to, string name, string title, string link, int hours, string culture) =>
        EmailTemplates.Compose(to, "RegistrationConfirm", ConfirmPurpose, culture, _ => [name, title, link, hours]);

    /// <summary>{0} contact name, {1} entry name, {2} the public address.</summary>
    public static EmailMessage Published(string to, string name, string title, string url) =>
        EmailTemplates.Compose(to, "RegistrationPublished", DecisionPurpose, null, _ => [name, title, url]);

    /// <summary>{0} contact name, {1} entry name, {2} the publisher's comment.</summary>
    public static EmailMessage SentBack(string to, string name, string title, string comment) =>
        EmailTemplates.Compose(to, "RegistrationSentBack", DecisionPurpose, null, _ => [name, title, comment]);

    /// <summary>{0} contact name, {1} entry name, {2} the reason.</summary>
    public static EmailMessage Rejected(string to, string name, string title, string reason) =>
        EmailTemplates.Compose(to, "RegistrationRejected", DecisionPurpose, null, _ => [name, title, reason]);
}
