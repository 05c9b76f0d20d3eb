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

    private readonly List<(PathString Prefix, HashSet<string> Names)> _scoped = [];

    /// <summary>The names kept on every public address.</summary>
    public IReadOnlyCollection<string> Names => _names;

    public void Add(IEnumerable<string> names) => _names.UnionWith(names);

    /// <summary>Names kept only on addresses under <paramref name="prefix"/> (an API with its own vocabulary).</summary>
    public void Add(PathString prefix, IEnumerable<string> names) =>
        _scoped.Add((prefix, new HashSet<string>(names, StringComparer.OrdinalIgnoreCase)));

    /// <summary>Whether <paramref name="name"/> is kept on <paramref name="path"/>.</summary>
    public bool Keeps(PathString path, string name) =>
        _names.Contains(name) || _scoped.Any(s => path.StartsWithSegments(s.Prefix) && s.Names.Contains(name));

    /// <summary>
    /// The query with only the parameters known on <paramref name="path"/>, names in lower case, in
    /// the order they came (the page's links repeat that order), or <see cref="QueryString.Empty"/>.
    /// </summary>
    public QueryString Canonical(IQueryCollection query, PathString path)
    {
        var kept = query
            .Where(p => Keeps(path, p.Key))
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

    /// <summary>Names query parameters only the addresses under <paramref name="prefix"/> read.</summary>
    public static IServiceCollection AddPublicQueryNames(this IServiceCollection services, PathString prefix, params IEnumerable<string> names)
    {
        services.AddPublicQueryNames();
        var query = (PublicQuery)services.Last(d => d.ServiceType == typeof(PublicQuery)).ImplementationInstance!;
        query.Add(prefix, names);
        return services;
    }
}
