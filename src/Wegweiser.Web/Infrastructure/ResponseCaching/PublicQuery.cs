namespace Wegweiser.Web.Infrastructure.ResponseCaching;

/// <summary>
/// The query parameters public pages and APIs understand, registered by each feature
/// (<see cref="PublicQueryServiceCollectionExtensions.AddPublicQueryNames"/>). Before a public GET
/// reaches the cache or a page, its query keeps only these: an unknown parameter
/// (<c>?utm_source=…</c>, <c>?x=random</c>) neither makes a new cache entry nor travels on into the
/// page's paging and language links.
/// </summary>
public sealed class PublicQuery
{
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Names => _names;

    public void Add(IEnumerable<string> names) => _names.UnionWith(names);

    /// <summary>
    /// The query with only the known parameters, names in lower case, in the order they came (the
    /// page's links repeat that order), or <see cref="QueryString.Empty"/>.
    /// </summary>
    public QueryString Canonical(IQueryCollection query)
    {
        var kept = query
            .Where(p => _names.Contains(p.Key))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key.ToLowerInvariant(), v)))
            .ToList();
        return kept.Count == 0 ? QueryString.Empty : QueryString.Create(kept);
    }
}

public static class PublicQueryServiceCollectionExtensions
{
    /// <summary>Names query parameters a feature's public pages or APIs read; every other one is dropped.</summary>
    public static IServiceCollection AddPublicQueryNames(this IServiceCollection services, params IEnumerable<string> names)
    {
        var query = services.LastOrDefault(d => d.ServiceType == typeof(PublicQuery))?.ImplementationInstance as PublicQuery;
        if (query is null)
        {
            query = new PublicQuery();
            services.AddSingleton(query);
        }

        query.Add(names);
        return services;
    }
}
