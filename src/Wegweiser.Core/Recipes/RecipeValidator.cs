using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;

namespace Wegweiser.Core.Recipes;

/// <summary>
/// Checks a sequence of recipes against a site before anything is written: every taxonomy key
/// and organisation referenced exists, keys and slugs are unique. The snapshot is updated as
/// each recipe is checked, so a later recipe may use what an earlier one adds.
/// </summary>
public static class RecipeValidator
{
    public static void Validate(IEnumerable<Recipe> recipes, SiteSnapshot site)
    {
        foreach (var recipe in recipes)
        {
            Validate(recipe, site);
        }
    }

    private static void Validate(Recipe recipe, SiteSnapshot site)
    {
        // Terms may be used anywhere in a recipe, so collect them first.
        foreach (var term in recipe.Steps.OfType<TaxonomyStep>().SelectMany(s => s.Terms.Select(t => (s.Taxonomy, t))))
        {
            site.Terms.Add((term.Taxonomy, term.t.Key));
        }

        var items = recipe.Steps.OfType<ContentStep>().SelectMany(s => s.Items).ToList();
        foreach (var item in items)
        {
            if (!site.Items.TryAdd(item.Key, item.Type))
            {
                throw Error(item, ".key", $"the key '{item.Key}' is used twice.");
            }
        }

        foreach (var item in items)
        {
            CheckReferences(item, site);
            foreach (var (culture, translation) in item.Translations)
            {
                if (!site.Slugs.Add((item.Type, culture, translation.Slug)))
                {
                    throw Error(item, $".translations.{culture}.slug", $"the slug '{translation.Slug}' is already used by another {item.Type} in '{culture}'.");
                }
            }
        }

        site.AppliedRecipes.Add(recipe.Name);
    }

    private static void CheckReferences(RecipeItem item, SiteSnapshot site)
    {
        var data = item.Data;
        CheckTerms(item, site, Taxonomy.Topic, "topics", data.Topics);
        CheckTerms(item, site, Taxonomy.Need, "needs", data.Needs);
        CheckTerms(item, site, Taxonomy.TargetGroup, "targetGroups", data.TargetGroups);
        CheckTerms(item, site, Taxonomy.Town, "towns", data.Towns);
        CheckTerms(item, site, Taxonomy.Language, "languages", data.Languages);
        for (var i = 0; i < data.Addresses.Count; i++)
        {
            if (data.Addresses[i].Town is { } town && !site.Terms.Contains((Taxonomy.Town, town)))
            {
                throw Error(item, $".addresses[{i}].town", $"'{town}' is not a known town.");
            }
        }

        if (data.Organisation is { } organisation)
        {
            if (!site.Items.TryGetValue(organisation, out var type))
            {
                throw Error(item, ".organisation", $"there is no organisation with the key '{organisation}'.");
            }

            if (type != ContentType.Organisation)
            {
                throw Error(item, ".organisation", $"'{organisation}' is a {type}, not an organisation.");
            }
        }
    }

    private static void CheckTerms(RecipeItem item, SiteSnapshot site, string taxonomy, string field, List<string> keys)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (!site.Terms.Contains((taxonomy, keys[i])))
            {
                throw Error(item, $".{field}[{i}]", $"'{keys[i]}' is not a known {taxonomy} (define it in a taxonomy step).");
            }
        }
    }

    private static RecipeException Error(RecipeItem item, string suffix, string problem) =>
        new(item.Location.File, item.Location.Path + suffix, problem);
}
