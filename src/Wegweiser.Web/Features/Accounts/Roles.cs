namespace Wegweiser.Web.Features.Accounts;

/// <summary>The roles of the editorial model (see the design): who may do and see what.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Publisher = "Publisher";
    public const string Editor = "Editor";
    public const string Translator = "Translator";
    public const string Provider = "Provider";
    public const string Volunteer = "Volunteer";

    public static readonly IReadOnlyList<string> All = [Administrator, Publisher, Editor, Translator, Provider, Volunteer];

    /// <summary>
    /// Who must sign in with a second factor (an authenticator app) to reach the admin area unless
    /// configured otherwise (<see cref="AccountOptions.RequireTwoFactorFor"/>): every role that reads
    /// unpublished text or visitors' data.
    /// </summary>
    public static readonly IReadOnlyList<string> TwoFactorByDefault = [Administrator, Publisher, Editor, Translator];

    /// <summary>Who may read the internal contacts of volunteer initiatives.</summary>
    public static readonly IReadOnlyList<string> SeeInternalContacts = [Administrator, Publisher, Editor, Volunteer];
}
