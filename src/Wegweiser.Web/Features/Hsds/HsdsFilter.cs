using Wegweiser.Core.Content;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.Hsds;

/// <summary>
/// The filters of a list request (<c>taxonomy_term_id</c>, <c>taxonomy_id</c>,
/// <c>organization_id</c>, <c>modified_after</c>), with the ids resolved once to our keys. An id
/// that is well-formed but names nothing is refused (<see cref="Refusal"/>), so a typo does not
/// look like an empty result.
/// </summary>
public sealed class HsdsFilter
{
    private (string Taxonomy, string Key)? _term;
    private string? _taxonomy;
    private string? _organisation;
    private HsdsContext? _unnamedProviderOf;
    private DateTime? _modifiedAfterUtc;

    public IResult? Refusal { get; private set; }

    public static HsdsFilter Create(HsdsContext c, HsdsQuery q, HsdsReader reader)
    {
        var filter = new HsdsFilter { _modifiedAfterUtc = q.ModifiedSince?.UtcDateTime };
        if (q.TermId is { } termId)
        {
            var term = HsdsTaxonomies.Terms(c).FirstOrDefault(t => HsdsIds.Of("taxonomy_term", $"{t.Taxonomy}:{t.Key}") == termId);
            filter._term = term.Key is null ? null : (term.Taxonomy, term.Key);
            filter.Refusal ??= term.Key is null ? HsdsProblems.BadRequest("taxonomy_term_id nennt keinen bekannten Begriff (siehe /api/hsds/taxonomy_terms).") : null;
        }

        if (q.Taxonomy is { } taxonomyId)
        {
            filter._taxonomy = HsdsTaxonomies.All.FirstOrDefault(t => HsdsIds.Of("taxonomy", t) == taxonomyId);
            filter.Refusal ??= filter._taxonomy is null ? HsdsProblems.BadRequest("taxonomy_id nennt keine bekannte Taxonomie (siehe /api/hsds/taxonomies).") : null;
        }

        if (q.Organization == HsdsUnnamedProvider.Guid)
        {
            filter._unnamedProviderOf = c;
        }
        else if (q.Organization is { } organizationId)
        {
            filter._organisation = reader.Find(c, organizationId) is { Type: ContentType.Organisation } org ? org.Key : null;
            filter.Refusal ??= filter._organisation is null ? HsdsProblems.BadRequest("organization_id nennt keine veröffentlichte Organisation (siehe /api/hsds/organizations).") : null;
        }

        return filter;
    }

    /// <summary>Whether <see cref="HsdsUnnamedProvider"/> belongs in an organization list so filtered: it has no taxonomy terms, and counts as changed when one of its services changed.</summary>
    public bool MatchesUnnamedProvider(HsdsContext c) =>
        _term is null && _taxonomy is null
        && HsdsUnnamedProvider.ServicesOf(c).Any(s => _modifiedAfterUtc is not { } after || s.Version.ModifiedUtc > after);

    public bool Matches(PublishedEntry entry)
    {
        if (_modifiedAfterUtc is { } after && entry.Version.ModifiedUtc <= after)
        {
            return false;
        }

        if (_organisation is not null && entry.Version.Data.Organisation != _organisation)
        {
            return false;
        }

        if (_unnamedProviderOf is { } c && c.OrganisationOf(entry) is not null)
        {
            return false;
        }

        if (_term is { } term && !HsdsTaxonomies.TermsOf(entry).Contains(term))
        {
            return false;
        }

        return _taxonomy is null || HsdsTaxonomies.TermsOf(entry).Any(t => t.Taxonomy == _taxonomy);
    }
}
