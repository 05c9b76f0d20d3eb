using Wegweiser.Search.Indexing;
using Wegweiser.Web.Infrastructure.ResponseCaching;

namespace Wegweiser.Web.Features.Search;

/// <summary>
/// Search: the indexes under <c>&lt;DataFolder&gt;/index/&lt;culture&gt;</c>, the indexer and its
/// background service; the JSON search API and the search box's suggestions. The search page is a Razor Page.
/// </summary>
public static class SearchFeature
{
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var options = configuration.GetSection("Wegweiser:Search").Get<SearchIndexOptions>() ?? new SearchIndexOptions();
        // A relative folder is relative to the data folder; an absolute one stays as it is.
        options.Folder = Path.Combine(dataFolder, options.Folder ?? "index");
        services.AddSingleton(options);
        services.AddSingleton<SearchIndexes>();
        services.AddScoped<SearchIndexer>();
        services.AddSingleton<ReindexJob>();
        services.AddHostedService<SearchIndexingService>();
        services.AddPublicQueryNames(SearchModel.QueryParam, SearchFilter.TypeParam, ApiCulture.Param, Paging.PageSlice.Param);
        services.AddPublicQueryNames(SearchFilter.Params.Select(p => p.Param));
        return services;
    }

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        SearchEndpoints.Map(app);
        SuggestEndpoints.Map(app);
        return app;
    }
}
