using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wegweiser.Core.Content;

namespace Wegweiser.Core.History;

/// <summary>
/// A content version as a flat list of named values, so two versions can be compared field by
/// field: texts as "de.title", "en.summary" …; data as JSON paths ("contact.phone",
/// "course.level", "topics"). Lists of plain values become one comma-separated value; opening
/// hours are one value in the text form editors write (see <see cref="Scheduling.ScheduleText"/>).
/// </summary>
public static class VersionFields
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static IReadOnlyDictionary<string, string> Of(ContentVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in version.Translations.OrderBy(t => t.Culture == Cultures.Source ? "" : t.Culture, StringComparer.Ordinal))
        {
            fields[$"{t.Culture}.title"] = t.Title;
            fields[$"{t.Culture}.slug"] = t.Slug;
            foreach (var (name, value) in t.Fields)
            {
                fields[$"{t.Culture}.{name}"] = value;
            }
        }

        var data = JsonSerializer.SerializeToNode(version.Data, Json)!.AsObject();
        data.Remove("schedule"); // compared as the text lines editors write, not as JSON
        Flatten(data, "", fields);
        if (Scheduling.ScheduleText.Format(version.Data.Schedule) is { Length: > 0 } hours)
        {
            fields["schedule"] = hours;
        }

        if (version.LastReviewedOn is { } reviewed)
        {
            fields["lastReviewed"] = reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return fields;
    }

    /// <summary>The fields whose values differ between <paramref name="before"/> (null: nothing yet) and <paramref name="after"/>.</summary>
    public static IReadOnlyList<FieldChange> Diff(ContentVersion? before, ContentVersion after) =>
        Diff(before is null ? new Dictionary<string, string>() : Of(before), Of(after));

    public static IReadOnlyList<FieldChange> Diff(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Keys.Union(after.Keys)
            .Select(k => new FieldChange(k, before.GetValueOrDefault(k), after.GetValueOrDefault(k)))
            .Where(c => c.Old != c.New)
            .OrderBy(c => Order(c.Field)).ThenBy(c => c.Field, StringComparer.Ordinal)
            .ToList();

    /// <summary>German texts first, then data, then other languages.</summary>
    private static int Order(string field) =>
        field.StartsWith(Cultures.Source + ".", StringComparison.Ordinal) ? 0 : IsText(field) ? 2 : 1;

    /// <summary>Whether the field is a text of some culture ("en.title"); data paths start with longer names.</summary>
    public static bool IsText(string field) => field.IndexOf('.', StringComparison.Ordinal) is > 1 and <= 3;

    private static void Flatten(JsonNode? node, string path, IDictionary<string, string> fields)
    {
        switch (node)
        {
            case null:
                return;
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Flatten(child, path.Length == 0 ? name : $"{path}.{name}", fields);
                }

                return;
            case JsonArray array when array.All(e => e is JsonValue):
                if (array.Count > 0)
                {
                    fields[path] = string.Join(", ", array.Select(e => e!.ToString()));
                }

                return;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Flatten(array[i], $"{path}[{i + 1}]", fields);
                }

                return;
            case JsonValue value:
                var text = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
                if (!string.IsNullOrEmpty(text) && !(path == "isSample" && text == "false"))
                {
                    fields[path] = text;
                }

                return;
        }
    }
}
