using Wegweiser.Core.Content;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.Providers;

/// <summary>
/// What a claim of an entry leads to: the organisation a provider account would be linked to (an
/// organisation entry is its own), and the address that may confirm the claim (the entry's own,
/// else its organisation's). Read from the published version, as the visitor saw it.
/// </summary>
public sealed record ClaimTarget(string Title, string? OrganisationKey, string? OrganisationTitle, string? Address)
{
    /// <summary>The types whose pages offer "Ist das Ihr …?": everything with contact data.</summary>
    public static bool IsClaimable(ContentType type) => ContentTypes.Of(type).HasContact;

    /// <summary>Whether the claim can be confirmed by email without staff.</summary>
    public bool ConfirmsByEmail => OrganisationKey is not null && Address is not null;

    public static async Task<ClaimTarget?> OfAsync(ContentStore store, Guid itemId, CancellationToken ct)
    {
        var item = await store.FindByIdAsync(itemId, ct);
        var version = item?.Published ?? item?.Latest;
        if (item is null || version is null || !IsClaimable(item.Type))
        {
            return null;
        }

        var title = TitleOf(version, item.Key);
        var address = Clean(version.Data.Contact?.Email);
        if (item.Type == ContentType.Organisation)
        {
            return new ClaimTarget(title, item.Key, title, address);
        }

        var organisation = version.Data.Organisation is { } key ? await store.FindByKeyAsync(key, ct) : null;
        if (organisation is null || organisation.Type != ContentType.Organisation || (organisation.Published ?? organisation.Latest) is not { } orgVersion)
        {
            return new ClaimTarget(title, null, null, address);
        }

        return new ClaimTarget(title, organisation.Key, TitleOf(orgVersion, organisation.Key), address ?? Clean(orgVersion.Data.Contact?.Email));
    }

    private static string TitleOf(ContentVersion version, string key) => version.Translation(Cultures.Source)?.Title ?? key;

    private static string? Clean(string? email) => string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal) ? null : email.Trim();
}
