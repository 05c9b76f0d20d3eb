using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.Directory;

/// <summary>Everything a detail page shows about one published entry.</summary>
public sealed class EntryDetail
{
    public required PublishedEntry Entry { get; init; }

    public required DirectorySection Section { get; init; }

    public required LocalizedText Text { get; init; }

    public ContentData Data => Entry.Version.Data;

    public PublishedEntry? Organisation { get; init; }

    /// <summary>
    /// The contacts and addresses an output may show (see <see cref="PublicContact"/>): for anonymous
    /// visitors, or with <paramref name="seesInternalContacts"/> for signed-in volunteers and staff.
    /// Outputs read contact data only through this, never from <see cref="Data"/>.
    /// </summary>
    public PublicContact Contacts(bool seesInternalContacts = false) => PublicContact.For(Entry.Type, Data, seesInternalContacts);

    public string? OrganisationUrl { get; init; }

    public string? OrganisationTitle { get; init; }

    public IReadOnlyDictionary<(string Taxonomy, string Key), TaxonomyTerm> Terms { get; init; } =
        new Dictionary<(string, string), TaxonomyTerm>();

    public IReadOnlyList<string> TermNames(string taxonomy, IEnumerable<string> keys, string culture) =>
        keys.Select(k => Terms.TryGetValue((taxonomy, k), out var t) ? t.NameIn(culture) : k).ToList();
}
