using System.Text.Json.Nodes;

namespace Wegweiser.Web.Features.Hsds;

/// <summary><c>/api/hsds/taxonomies</c> and <c>/api/hsds/taxonomy_terms</c>: our taxonomies and their terms, named in the asked culture.</summary>
public static class HsdsTaxonomyEndpoints
{
    private static readonly HashSet<string> TaxonomyParams = [HsdsQuery.Search, HsdsQuery.Page, HsdsQuery.PerPage, HsdsQuery.Format];

    private static readonly HashSet<string> TermParams =
        [HsdsQuery.Search, HsdsQuery.Page, HsdsQuery.PerPage, HsdsQuery.Format, HsdsQuery.TaxonomyId, HsdsQuery.TopOnly, HsdsQuery.ParentId];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/taxonomies", Taxonomies);
        api.MapGet("/taxonomies/{id}", Taxonomy);
        api.MapGet("/taxonomy_terms", Terms);
        api.MapGet("/taxonomy_terms/{id}", Term);
    }

    private static async Task<IResult> Taxonomies(HttpContext http, HsdsReader reader, CancellationToken ct)
    {
        var (c, q, refusal) = await reader.OpenAsync(http, TaxonomyParams, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var all = HsdsTaxonomies.All.Select(t => HsdsTaxonomies.Taxonomy(c, t))
            .Where(t => q.Text is null || Contains(t["name"], q.Text) || Contains(t["description"], q.Text))
            .ToList();
        return Results.Json(HsdsPage.Of(all.Count, q.PageNumber, q.Size, HsdsPage.Slice(all, q.PageNumber, q.Size)));
    }

    private static async Task<IResult> Taxonomy(string id, HttpContext http, HsdsReader reader, CancellationToken ct)
    {
        var (c, _, refusal) = await reader.OpenAsync(http, new HashSet<string>(), ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var name = Guid.TryParseExact(id, "D", out var guid) ? HsdsTaxonomies.All.FirstOrDefault(t => HsdsIds.Of("taxonomy", t) == guid) : null;
        return name is null ? HsdsProblems.NotFound("Eine Taxonomie") : Results.Json(HsdsTaxonomies.Taxonomy(c, name));
    }

    private static async Task<IResult> Terms(HttpContext http, HsdsReader reader, CancellationToken ct)
    {
        var (c, q, refusal) = await reader.OpenAsync(http, TermParams, ct);
        var taxonomy = q.Taxonomy is { } taxonomyId ? HsdsTaxonomies.All.FirstOrDefault(t => HsdsIds.Of("taxonomy", t) == taxonomyId) : null;
        if (refusal is not null || (q.Taxonomy is not null && taxonomy is null))
        {
            return refusal ?? HsdsProblems.BadRequest("taxonomy_id nennt keine bekannte Taxonomie (siehe /api/hsds/taxonomies).");
        }

        // Our terms have no parents: every term is a top term, and no term has children.
        var all = HsdsTaxonomies.Terms(c)
            .Where(t => q.Parent is null)
            .Where(t => taxonomy is null || t.Taxonomy == taxonomy)
            .Where(t => q.Text is null || t.Name.Contains(q.Text, StringComparison.CurrentCultureIgnoreCase) || t.Key.Contains(q.Text, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var page = HsdsPage.Slice(all, q.PageNumber, q.Size).Select(t => (JsonNode)HsdsTaxonomies.Term(c, t.Taxonomy, t.Key, t.Name));
        return Results.Json(HsdsPage.Of(all.Count, q.PageNumber, q.Size, page));
    }

    private static async Task<IResult> Term(string id, HttpContext http, HsdsReader reader, CancellationToken ct)
    {
        var (c, _, refusal) = await reader.OpenAsync(http, new HashSet<string>(), ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var term = Guid.TryParseExact(id, "D", out var guid)
            ? HsdsTaxonomies.Terms(c).FirstOrDefault(t => HsdsIds.Of("taxonomy_term", $"{t.Taxonomy}:{t.Key}") == guid)
            : default;
        return term.Key is null ? HsdsProblems.NotFound("Einen Begriff") : Results.Json(HsdsTaxonomies.Term(c, term.Taxonomy, term.Key, term.Name));
    }

    private static bool Contains(JsonNode? node, string text) =>
        node?.GetValue<string>().Contains(text, StringComparison.CurrentCultureIgnoreCase) == true;
}
