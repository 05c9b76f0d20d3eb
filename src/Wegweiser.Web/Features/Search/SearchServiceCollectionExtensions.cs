using Wegweiser.Search.Indexing;

namespace Wegweiser.Web.Features.Search;

/// <summary>Registers search: the indexes under <c>&lt;DataFolder&gt;/index/&lt;culture&gt;</c>, the indexer and its background service.</summary>
public static class SearchServiceCollectionExtensions
{
    public static IServiceCollection AddWegweiserSearch(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var options = configuration.GetSection("Wegweiser:Search").Get<SearchIndexOptions>() ?? new SearchIndexOptions();
        // A relative folder is relative to the data folder; an absolute one stays as it is.
        options.Folder = Path.Combine(dataFolder, options.Folder ?? "index");
        services.AddSingleton(options);
        services.AddSingleton<SearchIndexes>();
        services.AddScoped<SearchIndexer>();
        services.AddSingleton<ReindexJob>();
        services.AddHostedService<SearchIndexingService>();
        return services;
    }
}
