using Wegweiser.Core.Content;

namespace Wegweiser.Web.Features.Accounts;

/// <summary>
/// The language an account reads its emails in besides German (password reset, review rounds):
/// one claim per account, set by an administrator. Without it, a provider's or translator's first
/// language stands in, as review rounds did before the setting existed.
/// </summary>
public static class AccountLanguage
{
    public const string ClaimType = "wegweiser:language";

    /// <summary>The second language of the emails from the account's claims (type, value), or null for German only.</summary>
    public static string? Of(IEnumerable<(string? Type, string? Value)> claims, IReadOnlyCollection<string> siteCultures)
    {
        var list = claims.Where(c => c.Value is not null && c.Value != Cultures.Source && siteCultures.Contains(c.Value)).ToList();
        return list.FirstOrDefault(c => c.Type == ClaimType).Value
            ?? list.Where(c => c.Type == Translation.EditModel.CultureClaim).Select(c => c.Value).Order(StringComparer.Ordinal).FirstOrDefault();
    }
}
