using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wegweiser.Data.Audit;

/// <summary>
/// Reads the details formats written before <see cref="AuditDetails"/> was the only one, so old
/// audit lines stay readable: plain text (a culture, a recipe's name, a contact request's id, a
/// provider's note) and the account actions' JSON, which nested its fields under <c>details</c>
/// and used <c>from</c>/<c>to</c> for roles and organisations.
/// </summary>
internal static class AuditDetailsLegacy
{
    public static AuditDetails FromText(string action, string text) => action switch
    {
        AuditActions.TranslationSaved or AuditActions.TranslationSuggested => new AuditDetails { Culture = text },
        AuditActions.RecipeApplied => new AuditDetails { Recipe = text },
        AuditActions.ContactRequestPassedOn when long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) =>
            new AuditDetails { ContactRequestId = id },
        _ => new AuditDetails { Note = text },
    };

    public static AuditDetails? FromJson(string action, string json)
    {
        try
        {
            if (JsonNode.Parse(json) is not JsonObject root)
            {
                return null;
            }

            if (root.ContainsKey("details"))
            {
                Flatten(action, root);
            }

            return root.Deserialize<AuditDetails>(AuditDetails.Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Moves the fields of the old nested <c>details</c> object up, under today's names.</summary>
    private static void Flatten(string action, JsonObject root)
    {
        var nested = root["details"] as JsonObject;
        root.Remove("details");
        if (nested is null)
        {
            return;
        }

        foreach (var (name, value) in nested.ToList())
        {
            nested.Remove(name);
            root[Rename(action, name)] = value;
        }
    }

    private static string Rename(string action, string name) => (action, name) switch
    {
        (AuditActions.AccountRole, "from") => "rolesFrom",
        (AuditActions.AccountRole, "to") => "role",
        (AuditActions.AccountOrganisations, "from") => "organisationsFrom",
        (AuditActions.AccountOrganisations, "to") => "organisations",
        _ => name,
    };
}
