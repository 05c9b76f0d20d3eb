using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Wegweiser.Web.Infrastructure;
using Wegweiser.Web.Infrastructure.ResponseCaching;

namespace Wegweiser.Web.Features.Hsds;

/// <summary>
/// Open data: the directory's published entries as an Open Referral HSDS 3.1 read API under
/// <c>/api/hsds/</c>, in every site culture (<see cref="HsdsProfile"/>), open to every origin and
/// cached like the other public APIs.
/// </summary>
public static class HsdsFeature
{
    public const string Prefix = "/api/hsds";

    public static IServiceCollection AddHsds(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Wegweiser:Hsds").Get<HsdsOptions>() ?? new HsdsOptions());
        services.AddSingleton<HsdsIdIndex>();
        services.AddScoped<HsdsReader>();
        services.AddSingleton(configuration.GetSection("Wegweiser:OpenData").Get<OpenDataOptions>() ?? new OpenDataOptions());
        services.AddScoped<HsdsExport>();
        services.AddSingleton<HsdsDownloads>();
        services.AddPublicQueryNames(new PathString(Prefix), HsdsQuery.Names);
        return services;
    }

    public static IEndpointRouteBuilder MapHsds(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix);
        api.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.AccessControlAllowOrigin = "*";
            return await next(context);
        });
        api.MapGet("/", Root);
        api.MapGet("/profile", Profile);
        HsdsServiceEndpoints.Map(api);
        HsdsOrganizationEndpoints.Map(api);
        HsdsTaxonomyEndpoints.Map(api);
        app.MapGet(HsdsDownloads.Folder + "/{file}", HsdsDownloads.ServeAsync);
        return app;
    }

    private static async Task<IResult> Root(HttpContext http, HsdsReader reader, IOptions<WegweiserOptions> options, CancellationToken ct)
    {
        var (c, _, refusal) = await reader.OpenAsync(http, new HashSet<string>(), ct);
        return refusal ?? Results.Json(new JsonObject
        {
            ["version"] = "3.1",
            ["profile"] = c.Absolute(HsdsProfile.Path),
            ["openapi_url"] = c.Absolute("/api/openapi.json"),
            ["x_cultures"] = options.Value.SiteCultures.Select(x => (JsonNode)x).ToJsonArray(),
        });
    }

    private static async Task<IResult> Profile(HttpContext http, HsdsReader reader, IOptions<WegweiserOptions> options, CancellationToken ct)
    {
        var (c, _, refusal) = await reader.OpenAsync(http, new HashSet<string>(), ct);
        return refusal ?? Results.Json(HsdsProfile.Describe(c, options.Value.SiteCultures));
    }
}
