using System.Globalization;
using System.Text.Json;

namespace Wegweiser.Core.Recipes;

/// <summary>
/// Reads typed values from a JSON object and reports every problem with the file and the JSON
/// path, so a recipe author can find the mistake. Unknown properties are refused: a typo in a
/// field name must not silently drop data.
/// </summary>
internal sealed class JsonWalker(string file)
{
    public string File { get; } = file;

    public RecipeException Error(string path, string problem) => new(File, path, problem);

    public void ExpectObject(JsonElement element, string path, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, $"expected an object, found {Describe(element)}.");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name))
            {
                throw Error($"{path}.{property.Name}", $"unknown field '{property.Name}'. Allowed here: {string.Join(", ", allowed)}.");
            }
        }
    }

    public bool Has(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public string RequiredString(JsonElement obj, string name, string path)
    {
        var value = OptionalString(obj, name, path);
        return string.IsNullOrWhiteSpace(value) ? throw Error($"{path}.{name}", "is required and must not be empty.") : value;
    }

    public string? OptionalString(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw Error($"{path}.{name}", $"expected a string, found {Describe(value)}.");
    }

    public bool? OptionalBool(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error($"{path}.{name}", $"expected true or false, found {Describe(value)}."),
        };
    }

    public int? OptionalInt(JsonElement obj, string name, string path, int min, int max)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            throw Error($"{path}.{name}", $"expected a whole number, found {Describe(value)}.");
        }

        return number < min || number > max
            ? throw Error($"{path}.{name}", $"{number} is out of range ({min} to {max}).")
            : number;
    }

    public DateOnly? OptionalDate(JsonElement obj, string name, string path)
    {
        var text = OptionalString(obj, name, path);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error($"{path}.{name}", $"'{text}' is not a date (YYYY-MM-DD).");
    }

    public DateTime? OptionalLocalDateTime(JsonElement obj, string name, string path)
    {
        var text = OptionalString(obj, name, path);
        if (text is null)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd"];
        return DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? DateTime.SpecifyKind(value, DateTimeKind.Unspecified)
            : throw Error($"{path}.{name}", $"'{text}' is not a local date and time (YYYY-MM-DDTHH:mm).");
    }

    public TimeOnly RequiredTime(JsonElement obj, string name, string path)
    {
        var text = RequiredString(obj, name, path);
        return TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw Error($"{path}.{name}", $"'{text}' is not a time (HH:mm).");
    }

    public T RequiredEnum<T>(JsonElement obj, string name, string path)
        where T : struct, Enum =>
        OptionalEnum<T>(obj, name, path) ?? throw Error($"{path}.{name}", "is required.");

    public T? OptionalEnum<T>(JsonElement obj, string name, string path)
        where T : struct, Enum
    {
        var text = OptionalString(obj, name, path);
        if (text is null)
        {
            return null;
        }

        return Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _)
            ? value
            : throw Error($"{path}.{name}", $"'{text}' is not one of: {string.Join(", ", Enum.GetNames<T>())}.");
    }

    public string? OptionalChoice(JsonElement obj, string name, string path, IReadOnlyList<string> choices)
    {
        var text = OptionalString(obj, name, path);
        return text is null || choices.Contains(text)
            ? text
            : throw Error($"{path}.{name}", $"'{text}' is not one of: {string.Join(", ", choices)}.");
    }

    public IEnumerable<(JsonElement Element, string Path)> Array(JsonElement obj, string name, string path, bool required = false)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? throw Error($"{path}.{name}", "is required.") : [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Error($"{path}.{name}", $"expected an array, found {Describe(value)}.");
        }

        return value.EnumerateArray().Select((e, i) => (e, $"{path}.{name}[{i}]")).ToList();
    }

    public List<string> StringArray(JsonElement obj, string name, string path) =>
        Array(obj, name, path).Select(e => e.Element.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(e.Element.GetString())
            ? e.Element.GetString()!
            : throw Error(e.Path, $"expected a non-empty string, found {Describe(e.Element)}.")).ToList();

    public Dictionary<string, string> StringMap(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Error($"{path}.{name}", $"expected an object, found {Describe(value)}.");
        }

        var map = new Dictionary<string, string>();
        foreach (var property in value.EnumerateObject())
        {
            map[property.Name] = property.Value.ValueKind == JsonValueKind.String
                ? property.Value.GetString()!
                : throw Error($"{path}.{name}.{property.Name}", $"expected a string, found {Describe(property.Value)}.");
        }

        return map;
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Shorten(element.GetString()!)}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
