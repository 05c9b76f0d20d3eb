using System.Text.Json.Nodes;
using Wegweiser.Core.Content;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.Hsds;

/// <summary><c>/api/hsds/organizations</c>: a paged list and one organisation with its services.</summary>
public static class HsdsOrganizationEndpoints
{
    private static readonly HashSet<string> ListParams =
    [
        HsdsQuery.Search, HsdsQuery.FullService, HsdsQuery.Full, HsdsQuery.TaxonomyTermId, HsdsQuery.TaxonomyId,
        HsdsQuery.Page, HsdsQuery.PerPage, HsdsQuery.Format,
    ];

    private static readonly HashSet<string> ItemParams = [HsdsQuery.FullService];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/organizations", Organizations);
        api.MapGet("/organizations/{id}", Organization);
    }

    private static async Task<IResult> Organizations(HttpContext http, HsdsReader reader, CancellationToken ct)
    {
        var (c, q, refusal) = await reader.OpenAsync(http, ListParams, ct);
        var filter = HsdsFilter.Create(c, q, reader);
        if ((refusal ?? filter.Refusal) is { } problem)
        {
            return problem;
        }

        // The stand-in for services without a named provider comes last (null in the list); a search never finds it.
        var organisations = reader.Searched(c, q, c.Current(ContentType.Organisation).Where(filter.Matches), [ContentType.Organisation]);
        List<PublishedEntry?> all = [.. organisations];
        if (q.Text is null && filter.MatchesUnnamedProvider(c))
        {
            all.Add(null);
        }

        var page = HsdsPage.Slice(all, q.PageNumber, q.Size);
        if (!q.IsFull)
        {
            var texts = (await reader.WithSummariesAsync(page.OfType<PublishedEntry>().ToList(), ct)).ToDictionary(e => e.Key);
            return Results.Json(HsdsPage.Of(all.Count, q.PageNumber, q.Size, page.Select(e => (JsonNode)(e is null
                ? HsdsUnnamedProvider.Listed(c)
                : HsdsOrganizations.Listed(c, texts[e.Key], new HsdsText(texts[e.Key].Version, c.Culture))))));
        }

        var contents = new List<JsonNode>();
        foreach (var entry in await reader.WithFullTextsAsync(page.OfType<PublishedEntry>().ToList(), ct))
        {
            contents.Add(await FullAsync(c, reader, entry, q.WithFullServices, ct));
        }

        if (page.Contains(null))
        {
            contents.Add(await UnnamedProviderAsync(c, reader, q.WithFullServices, ct));
        }

        return Results.Json(HsdsPage.Of(all.Count, q.PageNumber, q.Size, contents));
    }

    private static async Task<IResult> Organization(string id, HttpContext http, HsdsReader reader, CancellationToken ct)
    {
        var (c, q, refusal) = await reader.OpenAsync(http, ItemParams, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        if (Guid.TryParseExact(id, "D", out var standIn) && standIn == HsdsUnnamedProvider.Guid && HsdsUnnamedProvider.IsNeeded(c))
        {
            return Results.Json(await UnnamedProviderAsync(c, reader, q.WithFullServices, ct));
        }

        if (!Guid.TryParseExact(id, "D", out var guid) || reader.Find(c, guid) is not { Type: ContentType.Organisation } found || !c.IsCurrent(found)
            || (await reader.WithFullTextsAsync([found], ct)).FirstOrDefault() is not { } entry)
        {
            return HsdsProblems.NotFound("Eine Organisation");
        }

        return Results.Json(await FullAsync(c, reader, entry, q.WithFullServices, ct));
    }

    private static async Task<JsonObject> FullAsync(HsdsContext c, HsdsReader reader, PublishedEntry entry, bool fullServices, CancellationToken ct)
    {
        var services = HsdsOrganizations.ServicesOf(c, entry).ToList();
        if (fullServices)
        {
            services = [.. await reader.WithFullTextsAsync(services, ct)];
        }

        return HsdsOrganizations.Full(c, entry, new HsdsText(entry.Version, c.Culture), services, fullServices);
    }

    private static async Task<JsonObject> UnnamedProviderAsync(HsdsContext c, HsdsReader reader, bool fullServices, CancellationToken ct)
    {
        var services = HsdsUnnamedProvider.ServicesOf(c).ToList();
        if (fullServices)
        {
            services = [.. await reader.WithFullTextsAsync(services, ct)];
        }

        return HsdsUnnamedProvider.Full(c, services, fullServices);
    }
}
