using Wegweiser.Data;

namespace Wegweiser.Web.Features.Providers;

/// <summary>What the claim form asks; <see cref="Website"/> is the honeypot that people never see.</summary>
public sealed class ClaimInput
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Role { get; set; }

    public string? Message { get; set; }

    public string? Website { get; set; }

    public bool IsSpam => !string.IsNullOrEmpty(Website);

    /// <summary>The first problem as (field, resource key), or null when the claim can be sent.</summary>
    public (string Field, string Key)? Problem()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            return ("Name", "Claim.Error.Name");
        }

        if (string.IsNullOrWhiteSpace(Email) || Core.Content.Rules.ContactRules.Email(Email.Trim()) is not null)
        {
            return ("Email", "Claim.Error.Email");
        }

        if (string.IsNullOrWhiteSpace(Role))
        {
            return ("Role", "Claim.Error.Role");
        }

        var tooLong = Name.Trim().Length > EntryClaimLimits.Name || Email.Trim().Length > EntryClaimLimits.Email
            || Role.Trim().Length > EntryClaimLimits.Role || (Message?.Trim().Length ?? 0) > EntryClaimLimits.Message;
        return tooLong ? ("Message", "Contact.Error.TooLong") : null;
    }
}
