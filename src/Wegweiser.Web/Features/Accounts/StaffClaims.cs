namespace Wegweiser.Web.Features.Accounts;

/// <summary>The claims an account carries besides its role; the features that check them refer here.</summary>
public static class StaffClaims
{
    /// <summary>A language a translator may edit (one claim per culture).</summary>
    public const string Culture = "wegweiser:culture";

    /// <summary>An organisation a provider looks after (one claim per organisation key).</summary>
    public const string Organisation = "wegweiser:organisation";
}
