using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Taxonomies;

namespace Wegweiser.Data.Stores;

/// <summary>Reads taxonomy terms in their display order.</summary>
public sealed class TaxonomyStore(WegweiserDbContext db)
{
    public async Task<IReadOnlyList<TaxonomyTerm>> TermsAsync(string taxonomy, CancellationToken ct = default) =>
        await db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy == taxonomy)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Key).ToListAsync(ct);

    public async Task<IReadOnlyDictionary<(string Taxonomy, string Key), TaxonomyTerm>> AllAsync(CancellationToken ct = default) =>
        (await db.TaxonomyTerms.AsNoTracking().ToListAsync(ct)).ToDictionary(t => (t.Taxonomy, t.Key));
}
