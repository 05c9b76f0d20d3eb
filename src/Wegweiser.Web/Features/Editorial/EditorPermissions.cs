using System.Security.Claims;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Accounts;

namespace Wegweiser.Web.Features.Editorial;

/// <summary>
/// Who may do what in the editor area, checked by every page handler (not only by hiding
/// buttons). Staff (administrators, publishers, editors) edit every entry; providers edit only
/// the entries of the organisations their account is linked to (claim <see cref="OrganisationClaim"/>);
/// only publishers and administrators publish, send back, archive and plan either for later.
/// </summary>
public static class EditorPermissions
{
    /// <summary>A provider account's link to an organisation: the organisation item's key.</summary>
    public const string OrganisationClaim = Accounts.StaffClaims.Organisation;

    /// <summary>Who may open the editor area's entry pages at all.</summary>
    public const string AreaRoles = $"{Roles.Administrator},{Roles.Publisher},{Roles.Editor},{Roles.Provider}";

    public static bool IsStaff(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Publisher) || user.IsInRole(Roles.Editor);

    /// <summary>Approve and publish, send back, archive, and plan a publication or archiving.</summary>
    public static bool CanPublish(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Publisher);

    /// <summary>The organisations a provider account is linked to.</summary>
    public static IReadOnlySet<string> Organisations(ClaimsPrincipal user) =>
        user.FindAll(OrganisationClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the user may change, submit and restore drafts of <paramref name="item"/>.</summary>
    public static bool CanEdit(ClaimsPrincipal user, ContentItem item) =>
        IsStaff(user) || (user.IsInRole(Roles.Provider) && Owns(user, item));

    /// <summary>
    /// Whether the user may create an entry of <paramref name="type"/>: staff every type, providers
    /// with an organisation the types <see cref="ContentTypes"/> marks creatable by providers (the offers).
    /// </summary>
    public static bool CanCreate(ClaimsPrincipal user, ContentType type) =>
        IsStaff(user) || (user.IsInRole(Roles.Provider) && ContentTypes.Of(type).CreatableByProviders && Organisations(user).Count > 0);

    /// <summary>
    /// "Reviewed, still correct": the editors' call for every entry, as on the dashboard, and a
    /// provider's for its own organisations' entries at any time (as in a review round's answer).
    /// </summary>
    public static bool CanMarkReviewed(ClaimsPrincipal user, ContentItem item) => CanEdit(user, item);

    /// <summary>
    /// Whether every version of the item belongs to one of the provider's organisations (an
    /// organisation entry belongs to itself), so a provider cannot take over another's entry by
    /// naming its own organisation in a draft.
    /// </summary>
    private static bool Owns(ClaimsPrincipal user, ContentItem item)
    {
        var mine = Organisations(user);
        if (mine.Count == 0)
        {
            return false;
        }

        return item.Type == ContentType.Organisation
            ? mine.Contains(item.Key)
            : item.Versions.Count > 0 && item.Versions.All(v => v.Data.Organisation is { } org && mine.Contains(org));
    }
}
