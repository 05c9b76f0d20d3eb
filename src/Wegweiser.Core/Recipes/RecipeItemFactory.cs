using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;

namespace Wegweiser.Core.Recipes;

/// <summary>Turns a recipe item into a content item with one version in the recipe's state.</summary>
public static class RecipeItemFactory
{
    public static ContentItem Create(RecipeItem source, string recipeName, DateTime nowUtc)
    {
        var author = $"recipe:{recipeName}";
        var item = ContentItem.Create(source.Type, source.Key, nowUtc, author);
        var version = item.Latest;
        version.Data = source.Data;
        version.LastReviewedOn = source.LastReviewed;
        var german = source.Translations[Cultures.Source];
        version.SetTranslation(Cultures.Source, german.Slug, german.Title, german.Fields);
        foreach (var (culture, translation) in source.Translations.Where(t => t.Key != Cultures.Source))
        {
            version.SetTranslation(culture, translation.Slug, translation.Title, translation.Fields).IsMachineTranslated = translation.MachineTranslated;
        }

        version.UpdateDerived(source.Type);
        switch (source.State)
        {
            case WorkflowState.InReview:
            case WorkflowState.Published:
            case WorkflowState.Archived:
                item.Transition(source.State, nowUtc);
                break;
        }

        return item;
    }
}
