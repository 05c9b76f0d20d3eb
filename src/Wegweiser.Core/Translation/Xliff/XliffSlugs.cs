using Wegweiser.Core.Content;

namespace Wegweiser.Core.Translation.Xliff;

/// <summary>
/// Keeps the target culture's slugs unique per content type (public URLs are looked up by type,
/// culture and slug): a slug proposed in the file must be free; a missing one is made from the
/// translated title (or the German slug, when the title has no Latin letters) with a number added
/// until it is free.
/// </summary>
internal static class XliffSlugs
{
    public static void Assign(IReadOnlyList<XliffItemPlan> plans, IReadOnlyCollection<SlugUse> inUse, string culture, List<string> problems)
    {
        var taken = new Dictionary<(ContentType, string), HashSet<string>>();
        foreach (var use in inUse)
        {
            Take(taken, use.Type, use.Slug, use.ItemKey);
        }

        foreach (var plan in plans.Where(p => p.CheckSlug))
        {
            var other = OtherUser(taken, plan.Item, plan.Slug!);
            if (other is not null)
            {
                problems.Add($"Der Slug '{plan.Slug}' bei '{plan.Item.Key}' ist in '{culture}' schon an '{other}' vergeben.");
            }
            else
            {
                Take(taken, plan.Item.Type, plan.Slug!, plan.Item.Key);
            }
        }

        foreach (var plan in plans.Where(p => p.DeriveSlug))
        {
            var fromTitle = Slug.From(plan.Title!);
            var reason = Slug.IsValid(fromTitle) ? XliffImport.SlugFromTitle : XliffImport.SlugFromGerman;
            var stem = Slug.IsValid(fromTitle) ? fromTitle : plan.Item.Latest.Translation(Cultures.Source)!.Slug;
            var slug = stem;
            for (var n = 2; OtherUser(taken, plan.Item, slug) is not null; n++)
            {
                var suffix = "-" + n;
                slug = stem[..Math.Min(stem.Length, 120 - suffix.Length)].TrimEnd('-') + suffix;
            }

            Take(taken, plan.Item.Type, slug, plan.Item.Key);
            plan.Slug = slug;
            plan.Units.Add(new XliffUnitResult(XliffFormat.SlugUnit, XliffUnitOutcome.Added, $"{reason}: {slug}"));
        }
    }

    private static string? OtherUser(Dictionary<(ContentType, string), HashSet<string>> taken, ContentItem item, string slug) =>
        taken.TryGetValue((item.Type, slug), out var keys) ? keys.FirstOrDefault(k => k != item.Key) : null;

    private static void Take(Dictionary<(ContentType, string), HashSet<string>> taken, ContentType type, string slug, string key)
    {
        if (!taken.TryGetValue((type, slug), out var keys))
        {
            taken[(type, slug)] = keys = [];
        }

        keys.Add(key);
    }
}
