using System.Text.Json.Nodes;
using Wegweiser.Core.Content;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.Hsds;

/// <summary><c>/api/hsds/services</c> and <c>/api/hsds/service_at_locations</c>, each as a paged list and by id.</summary>
public static class HsdsServiceEndpoints
{
    private static readonly HashSet<string> ServiceParams =
    [
        HsdsQuery.Search, HsdsQuery.Page, HsdsQuery.PerPage, HsdsQuery.Format, HsdsQuery.TaxonomyTermId, HsdsQuery.TaxonomyId,
        HsdsQuery.OrganizationId, HsdsQuery.ModifiedAfter, HsdsQuery.Minimal, HsdsQuery.Full,
    ];

    private static readonly HashSet<string> AtLocationParams =
    [
        HsdsQuery.Search, HsdsQuery.Page, HsdsQuery.PerPage, HsdsQuery.Format, HsdsQuery.TaxonomyTermId, HsdsQuery.TaxonomyId,
        HsdsQuery.OrganizationId, HsdsQuery.ModifiedAfter, HsdsQuery.Full, HsdsQuery.Postcode, HsdsQuery.Proximity,
    ];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/services", Services);
        api.MapGet("/services/{id}", Service);
        api.MapGet("/service_at_locations", ServiceAtLocations);
        api.MapGet("/service_at_locations/{id}", ServiceAtLocation);
    }

    private static async Task<IResult> Services(HttpContext http, HsdsReader reader, CancellationToken ct)
    {
        var (c, q, refusal) = await reader.OpenAsync(http, ServiceParams, ct);
        var filter = HsdsFilter.Create(c, q, reader);
        if ((refusal ?? filter.Refusal) is { } problem)
        {
            return problem;
        }

        var all = reader.Searched(c, q, c.CurrentServices().Where(filter.Matches), HsdsContext.ServiceTypes);
        var page = HsdsPage.Slice(all, q.PageNumber, q.Size);
        if (q.IsFull)
        {
            page = await reader.WithFullTextsAsync(page, ct);
        }
        else if (!q.IsMinimal)
        {
            page = await reader.WithSummariesAsync(page, ct);
        }

        var contents = page.Select(e =>
        {
            var text = new HsdsText(e.Version, c.Culture);
            return (JsonNode)(q.IsFull ? HsdsServices.Full(c, e, text) : HsdsServices.Listed(c, e, text, q.IsMinimal));
        });
        return Results.Json(HsdsPage.Of(all.Count, q.PageNumber, q.Size, contents));
    }

    private static async Task<IResult> Service(string id, HttpContext http, HsdsReader reader, CancellationToken ct)
    {
        var (c, _, refusal) = await reader.OpenAsync(http, new HashSet<string>(), ct);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!Guid.TryParseExact(id, "D", out var guid) || reader.Find(c, guid) is not { } found
            || found.Type == ContentType.Organisation || !c.IsCurrent(found))
        {
            return HsdsProblems.NotFound("Ein Angebot");
        }

        var entry = (await reader.WithFullTextsAsync([found], ct)).FirstOrDefault();
        return entry is null
            ? HsdsProblems.NotFound("Ein Angebot")
            : Results.Json(HsdsServices.Full(c, entry, new HsdsText(entry.Version, c.Culture)));
    }

    private static async Task<IResult> ServiceAtLocations(HttpContext http, HsdsReader reader, CancellationToken ct)
    {
        var (c, q, refusal) = await reader.OpenAsync(http, AtLocationParams, ct);
        var filter = HsdsFilter.Create(c, q, reader);
        if ((refusal ?? filter.Refusal) is { } problem)
        {
            return problem;
        }

        var services = reader.Searched(c, q, c.CurrentServices().Where(filter.Matches), HsdsContext.ServiceTypes);
        var all = services
            .SelectMany(e => HsdsLocations.PublicAddresses(e).Select((address, i) => (Entry: e, Index: i, Address: address)))
            .Where(x => q.PostalCode is null || x.Address.PostalCode?.Trim() == q.PostalCode)
            .ToList();
        var page = HsdsPage.Slice(all, q.PageNumber, q.Size);
        var shown = page.Select(x => x.Entry).Distinct().ToList();
        var texts = (q.IsFull ? await reader.WithFullTextsAsync(shown, ct) : await reader.WithSummariesAsync(shown, ct)).ToDictionary(e => e.Key);
        var contents = page.Select(x => (JsonNode)AtLocation(c, texts.GetValueOrDefault(x.Entry.Key) ?? x.Entry, x.Index, q.IsFull));
        return Results.Json(HsdsPage.Of(all.Count, q.PageNumber, q.Size, contents));
    }

    private static async Task<IResult> ServiceAtLocation(string id, HttpContext http, HsdsReader reader, CancellationToken ct)
    {
        var (c, _, refusal) = await reader.OpenAsync(http, new HashSet<string>(), ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var match = Guid.TryParseExact(id, "D", out var guid)
            ? c.CurrentServices()
                .SelectMany(e => HsdsLocations.PublicAddresses(e).Select((_, i) => (Entry: e, Index: i)))
                .FirstOrDefault(x => HsdsIds.Of("service_at_location", $"{x.Entry.Key}:{x.Index}") == guid)
            : default;
        if (match.Entry is null || (await reader.WithFullTextsAsync([match.Entry], ct)).FirstOrDefault() is not { } entry)
        {
            return HsdsProblems.NotFound("Ein Angebot an einem Ort");
        }

        return Results.Json(AtLocation(c, entry, match.Index, full: true));
    }

    /// <summary>A service at one of its addresses, with the location and the service (full or its one-to-one fields).</summary>
    private static JsonObject AtLocation(HsdsContext c, PublishedEntry entry, int index, bool full)
    {
        var text = new HsdsText(entry.Version, c.Culture);
        var json = new JsonObject
        {
            ["id"] = HsdsIds.ServiceAtLocation(entry.Key, index),
            ["service_id"] = HsdsIds.Service(entry.Key),
            ["location_id"] = HsdsIds.Location(entry.Key, index),
            ["location"] = HsdsLocations.Location(c, entry, index, text),
        };
        json["service"] = full ? HsdsServices.Full(c, entry, text) : HsdsServices.Listed(c, entry, text);
        if (full)
        {
            json["schedules"] = HsdsSchedules.For(entry, "service_at_location_id", HsdsIds.ServiceAtLocation(entry.Key, index));
        }

        json["x_translations"] = text.Extension();
        return json;
    }
}
