namespace Wegweiser.Web.Features.Accounts.Administration;

/// <summary>One account as the administration shows it.</summary>
public sealed record AccountSummary(
    string Id,
    string Name,
    string? Email,
    string? Role,
    IReadOnlyList<string> Cultures,
    IReadOnlyList<string> Organisations,
    string? Language,
    bool TwoFactor,
    bool Disabled,
    DateTime? LastSignInUtc);
