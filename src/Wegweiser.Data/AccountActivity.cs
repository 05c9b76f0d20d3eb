namespace Wegweiser.Data;

/// <summary>What the site records about an account beside Identity's own columns: its last sign-in.</summary>
public sealed class AccountActivity
{
    /// <summary>The Identity user's id (one row per account, deleted with it).</summary>
    public required string UserId { get; set; }

    /// <summary>When the account last started a session (password, and code where required).</summary>
    public DateTime? LastSignInUtc { get; set; }
}
