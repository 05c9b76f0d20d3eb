using Wegweiser.Core.Content;
using Wegweiser.Core.Recipes;
using Wegweiser.Search.Indexing;

namespace Wegweiser.SearchBench.Corpus;

/// <summary>
/// The documents each engine indexes, per culture. Every document is made by
/// <see cref="SearchDocuments.From"/> from a published version, exactly as the site's indexer makes
/// them; this class is the only place the bench obtains <see cref="SearchDocument"/>s.
/// </summary>
internal sealed class BenchCorpus
{
    private BenchCorpus(IReadOnlyDictionary<string, IReadOnlyList<SearchDocument>> byCulture) => ByCulture = byCulture;

    public IReadOnlyDictionary<string, IReadOnlyList<SearchDocument>> ByCulture { get; }

    public int Count => ByCulture.Values.Sum(d => d.Count);

    /// <summary>The published entries of the recipes <c>ilm-kreis</c> and <c>demo</c>, read without a database.</summary>
    public static IReadOnlyList<ContentItem> RecipeItems(string recipesRoot, DateTime nowUtc)
    {
        var items = new List<ContentItem>();
        foreach (var name in new[] { "ilm-kreis", "demo" })
        {
            var recipe = RecipeReader.Read(recipesRoot, name);
            foreach (var source in recipe.Steps.OfType<ContentStep>().SelectMany(s => s.Items))
            {
                items.Add(RecipeItemFactory.Create(source, recipe.Name, nowUtc));
            }
        }

        return items;
    }

    public static BenchCorpus From(IEnumerable<ContentItem> items, IReadOnlyList<string> cultures, DateOnly today)
    {
        var published = items.Select(i => (Item: i, Version: i.Published)).Where(p => p.Version is not null).ToList();
        var byCulture = new Dictionary<string, IReadOnlyList<SearchDocument>>();
        foreach (var culture in cultures)
        {
            byCulture[culture] = published
                .Select(p => SearchDocuments.From(p.Item, p.Version!, culture, today, (type, slug) => $"/{culture}/{type.ToString().ToLowerInvariant()}/{slug}"))
                .OfType<SearchDocument>()
                .ToList();
        }

        return new BenchCorpus(byCulture);
    }
}
