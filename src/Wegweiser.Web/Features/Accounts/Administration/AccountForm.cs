using Microsoft.Extensions.Localization;

namespace Wegweiser.Web.Features.Accounts.Administration;

/// <summary>What the account forms show: the choices, the values entered and the problems found.</summary>
public sealed class AccountForm
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Role { get; set; }

    public List<string> Cultures { get; set; } = [];

    public List<string> Organisations { get; set; } = [];

    /// <summary>The second language of the account's emails; null or "de" for German only.</summary>
    public string? Language { get; set; }

    /// <summary>The languages a translator or provider can be given (German excluded).</summary>
    public IReadOnlyList<string> CultureChoices { get; set; } = [];

    /// <summary>Organisation entries (key, title).</summary>
    public IReadOnlyList<(string Key, string Title)> OrganisationChoices { get; set; } = [];

    public IReadOnlyList<AccountProblem> Problems { get; set; } = [];

    /// <summary>The problem text of a field (Identity's own text, else the resource), or null.</summary>
    public string? ErrorFor(string field, IStringLocalizer t) =>
        Problems.FirstOrDefault(p => p.Field == field) is { } p ? p.Text ?? t[p.Key].Value : null;

    public string? Invalid(string field) => Problems.Any(p => p.Field == field) ? "true" : null;

    public string? Described(string field, bool hint = false) =>
        string.Join(" ", new[] { hint ? $"hint-{field}" : null, Problems.Any(p => p.Field == field) ? $"err-{field}" : null }.OfType<string>()) is { Length: > 0 } s ? s : null;
}
