using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Recipes;
using Wegweiser.Data.Recipes;

namespace Wegweiser.Data.Tests.Recipes;

public class RecipeApplierTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task The_shipped_recipes_load_and_apply_once(string provider)
    {
        using var database = new TestDatabase(provider);
        await using var db = await database.CreateMigratedContextAsync();
        var applier = new RecipeApplier(db, TimeProvider.System);

        var blank = await applier.ApplyAsync(RepositoryPaths.Recipes, "blank");
        var demo = await applier.ApplyAsync(RepositoryPaths.Recipes, "demo");
        var again = await applier.ApplyAsync(RepositoryPaths.Recipes, "demo");

        Assert.Equal(["blank"], blank.Applied);
        Assert.Equal(["ilm-kreis", "demo"], demo.Applied);
        Assert.Empty(again.Applied);
        Assert.Equal(3, await db.AppliedRecipes.CountAsync());
        var types = await db.ContentItems.GroupBy(i => i.Type).Select(g => g.Key).ToListAsync();
        foreach (var type in Enum.GetValues<ContentType>())
        {
            Assert.Contains(type, types);
        }

        Assert.Equal(6, await db.TaxonomyTerms.CountAsync(t => t.Taxonomy == "topic"));
        Assert.Equal(demo.Items, await db.ContentItems.CountAsync());
    }

    [Fact]
    public async Task The_county_recipe_marks_entries_without_contact_data_and_keeps_legal_pages_as_drafts()
    {
        using var database = new TestDatabase(TestDatabase.Sqlite);
        await using var db = await database.CreateMigratedContextAsync();

        await new RecipeApplier(db, TimeProvider.System).ApplyAsync(RepositoryPaths.Recipes, "ilm-kreis");

        var services = await db.ContentItems.Where(i => i.Type == ContentType.Service).Include(i => i.Versions).ToListAsync();
        Assert.NotEmpty(services);
        Assert.All(services, s => Assert.True(s.Latest.NeedsReview || s.Latest.Data.HasPublicContact));
        Assert.All(services, s => Assert.Null(s.Latest.Data.Contact?.Phone));
        var impressum = await db.ContentItems.Include(i => i.Versions).SingleAsync(i => i.Key == "impressum");
        Assert.Null(impressum.Published);
        Assert.Equal(Core.Workflow.WorkflowState.Draft, impressum.Latest.State);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_broken_recipe_changes_nothing(string provider)
    {
        // A copy of the real recipes where the last demo file refers to a town that does not exist.
        var root = CopyRecipes();
        var clubs = Path.Combine(root, "demo", "clubs.json");
        File.WriteAllText(clubs, File.ReadAllText(clubs).Replace("\"arnstadt\"", "\"atlantis\""));
        using var database = new TestDatabase(provider);
        await using var db = await database.CreateMigratedContextAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => new RecipeApplier(db, TimeProvider.System).ApplyAsync(root, "demo"));

        Assert.Equal("content-recipes/demo/clubs.json", error.File);
        Assert.StartsWith("$.steps[0].items[", error.JsonPath);
        Assert.Contains("'atlantis' is not a known town", error.Problem);
        await using var read = database.CreateContext();
        Assert.Equal(0, await read.ContentItems.CountAsync());
        Assert.Equal(0, await read.TaxonomyTerms.CountAsync());
        Assert.Equal(0, await read.AppliedRecipes.CountAsync());
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task A_failure_while_writing_rolls_back_the_whole_recipe()
    {
        // The key passes validation but collides in the database with an item added behind the
        // applier's back, so SaveChanges fails half-way: nothing of the recipe may remain.
        var root = CopyRecipes();
        using var database = new TestDatabase(TestDatabase.Sqlite);
        await using var db = await database.CreateMigratedContextAsync();
        var applier = new RecipeApplier(db, TimeProvider.System);
        await applier.ApplyAsync(root, "ilm-kreis");
        await using (var other = database.CreateContext())
        {
            var firstDemoKey = RecipeReader.Read(root, "demo").Steps.OfType<ContentStep>().First().Items[0].Key;
            var intruder = ContentItem.Create(ContentType.Page, firstDemoKey + "-x", DateTime.UtcNow);
            intruder.Id = ContentItem.IdFromKey(firstDemoKey); // same primary key as the recipe's item
            intruder.Versions[0].ItemId = intruder.Id;
            other.ContentItems.Add(intruder);
            await other.SaveChangesAsync();
        }

        var before = await db.ContentItems.CountAsync();
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => applier.ApplyAsync(root, "demo"));

        await using var read = database.CreateContext();
        Assert.Equal(before, await read.ContentItems.CountAsync());
        Assert.False(await read.AppliedRecipes.AnyAsync(r => r.Name == "demo"));
        Directory.Delete(root, recursive: true);
    }

    private static string CopyRecipes()
    {
        var root = Directory.CreateTempSubdirectory("wegweiser-recipes-").FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Recipes, "*.json", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(RepositoryPaths.Recipes, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return root;
    }
}
