using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Recipes;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Data.Audit;

namespace Wegweiser.Data.Recipes;

/// <summary>
/// Applies a recipe and the recipes it requires, all-or-nothing: every file is read and checked
/// against the site first, then everything is written in one transaction. A recipe applied
/// before is skipped.
/// </summary>
public sealed class RecipeApplier(WegweiserDbContext db, TimeProvider time)
{
    private readonly AuditTrail _audit = new(db);

    public async Task<RecipeResult> ApplyAsync(string recipesRoot, string name, CancellationToken ct = default)
    {
        var applied = (await db.AppliedRecipes.Select(r => r.Name).ToListAsync(ct)).ToHashSet();
        var order = new List<Recipe>();
        var skipped = new List<string>();
        Collect(recipesRoot, name, applied, order, skipped, []);
        if (order.Count == 0)
        {
            return new RecipeResult([], skipped, 0, 0);
        }

        var snapshot = await SnapshotAsync(applied, ct);
        RecipeValidator.Validate(order, snapshot);

        var now = time.GetUtcNow().UtcDateTime;
        var terms = 0;
        var items = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var existingTerms = await db.TaxonomyTerms.ToDictionaryAsync(t => (t.Taxonomy, t.Key), ct);
        foreach (var recipe in order)
        {
            foreach (var step in recipe.Steps)
            {
                switch (step)
                {
                    case TaxonomyStep taxonomy:
                        terms += ApplyTerms(taxonomy, existingTerms);
                        break;
                    case ContentStep content:
                        foreach (var item in content.Items)
                        {
                            db.ContentItems.Add(RecipeItemFactory.Create(item, recipe.Name, now));
                            items++;
                        }

                        break;
                }
            }

            db.AppliedRecipes.Add(new AppliedRecipe { Name = recipe.Name, Hash = recipe.Hash, AppliedUtc = now });
            _audit.Record(AuditActions.RecipeApplied, "setup", now, new AuditDetails { Recipe = recipe.Name });
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new RecipeResult(order.Select(r => r.Name).ToList(), skipped, terms, items);
    }

    private int ApplyTerms(TaxonomyStep step, Dictionary<(string, string), TaxonomyTerm> existing)
    {
        var order = existing.Values.Where(t => t.Taxonomy == step.Taxonomy).Select(t => t.SortOrder).DefaultIfEmpty(0).Max();
        foreach (var term in step.Terms)
        {
            if (existing.TryGetValue((step.Taxonomy, term.Key), out var known))
            {
                foreach (var (culture, name) in term.Names)
                {
                    known.Names[culture] = name;
                }

                known.Names = new Dictionary<string, string>(known.Names);
                known.MachineTranslated = known.MachineTranslated.Where(c => !term.Names.ContainsKey(c))
                    .Concat(term.MachineTranslated).Distinct().ToList();
                known.Icon = term.Icon ?? known.Icon;
                continue;
            }

            var created = new TaxonomyTerm { Taxonomy = step.Taxonomy, Key = term.Key, Icon = term.Icon, Names = term.Names, MachineTranslated = [.. term.MachineTranslated], SortOrder = ++order };
            existing[(step.Taxonomy, term.Key)] = created;
            db.TaxonomyTerms.Add(created);
        }

        return step.Terms.Count;
    }

    private static void Collect(string root, string name, HashSet<string> applied, List<Recipe> order, List<string> skipped, HashSet<string> visiting)
    {
        if (applied.Contains(name) || order.Any(r => r.Name == name))
        {
            if (!skipped.Contains(name) && applied.Contains(name))
            {
                skipped.Add(name);
            }

            return;
        }

        if (!visiting.Add(name))
        {
            throw new RecipeException($"content-recipes/{name}/recipe.json", "$.requires", $"the recipes require each other in a circle ({string.Join(" → ", visiting)} → {name}).");
        }

        var recipe = RecipeReader.Read(root, name);
        foreach (var required in recipe.Requires)
        {
            Collect(root, required, applied, order, skipped, visiting);
        }

        order.Add(recipe);
    }

    private async Task<SiteSnapshot> SnapshotAsync(HashSet<string> applied, CancellationToken ct)
    {
        var terms = await db.TaxonomyTerms.Select(t => new { t.Taxonomy, t.Key }).ToListAsync(ct);
        var items = await db.ContentItems.Select(i => new { i.Key, i.Type }).ToListAsync(ct);
        var slugs = await (from t in db.ContentTranslations
                           join v in db.ContentVersions on t.VersionId equals v.Id
                           join i in db.ContentItems on v.ItemId equals i.Id
                           select new { i.Type, t.Culture, t.Slug }).Distinct().ToListAsync(ct);
        return new SiteSnapshot
        {
            Terms = terms.Select(t => (t.Taxonomy, t.Key)).ToHashSet(),
            Items = items.ToDictionary(i => i.Key, i => i.Type),
            Slugs = slugs.Select(s => (s.Type, s.Culture, s.Slug)).ToHashSet(),
            AppliedRecipes = applied,
        };
    }
}
