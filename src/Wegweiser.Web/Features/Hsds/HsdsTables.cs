using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wegweiser.Web.Features.Hsds;

/// <summary>
/// The HSDS 3.1 tables the export fills, with their files and columns as
/// <c>compiled/tabular.json</c> names them, and the flattening of the API's nested objects into
/// rows: every nested array (phones, schedules, locations …) becomes rows of its table, each row
/// once by id. Columns are <c>name</c> or <c>name:type</c> (uuid, email, uri, number, date, datetime, time).
/// </summary>
public static class HsdsTables
{
    public sealed record Table(string Name, string Path, IReadOnlyList<string> Columns)
    {
        public IEnumerable<string> ColumnNames => Columns.Select(c => c.Split(':')[0]);
    }

    public static readonly IReadOnlyList<Table> All =
    [
        new("organization", "organizations.csv", ["id:uuid", "name", "alternate_name", "description", "email:email", "website:uri", "tax_status", "tax_id", "year_incorporated:number", "legal_status", "logo", "uri:uri", "parent_organization_id:uuid"]),
        new("service", "services.csv", ["id:uuid", "organization_id:uuid", "program_id:uuid", "name", "alternate_name", "description", "url:uri", "email:email", "status", "interpretation_services", "application_process", "fees_description", "wait_time", "fees", "accreditations", "eligibility_description", "minimum_age:number", "maximum_age:number", "assured_date:date", "assurer_email:email", "licenses", "alert", "last_modified:datetime"]),
        new("location", "locations.csv", ["id:uuid", "location_type", "url:uri", "organization_id:uuid", "name", "alternate_name", "description", "transportation", "latitude:number", "longitude:number", "external_identifier", "external_identifier_type"]),
        new("service_at_location", "service_at_location.csv", ["id:uuid", "service_id:uuid", "location_id:uuid", "description"]),
        new("address", "addresses.csv", ["id:uuid", "location_id:uuid", "attention", "address_1", "address_2", "city", "region", "state_province", "postal_code", "country", "address_type"]),
        new("phone", "phones.csv", ["id:uuid", "location_id:uuid", "service_id:uuid", "organization_id:uuid", "contact_id:uuid", "service_at_location_id:uuid", "number", "extension:number", "type", "description"]),
        new("schedule", "schedules.csv", ["id:uuid", "service_id:uuid", "location_id:uuid", "service_at_location_id:uuid", "valid_from:date", "valid_to:date", "dtstart:date", "timezone:number", "until:date", "count:number", "wkst", "freq", "interval:number", "byday", "byweekno", "bymonthday", "byyearday", "description", "opens_at:time", "closes_at:time", "schedule_link:uri", "attending_type", "notes"]),
        new("service_area", "service_areas.csv", ["id:uuid", "service_id:uuid", "name", "description", "extent", "extent_type", "uri"]),
        new("language", "languages.csv", ["id:uuid", "service_id:uuid", "location_id:uuid", "phone_id:uuid", "name", "code", "note"]),
        new("accessibility", "accessibility.csv", ["id:uuid", "location_id:uuid", "description", "details", "url:uri"]),
        new("cost_option", "cost_options.csv", ["id:uuid", "service_id:uuid", "valid_from:date", "valid_to:date", "option", "currency", "amount:number", "amount_description"]),
        new("attribute", "attributes.csv", ["id:uuid", "link_id:uuid", "taxonomy_term_id:uuid", "link_type", "link_entity", "value"]),
        new("taxonomy", "taxonomies.csv", ["id:uuid", "name", "description", "uri:uri", "version"]),
        new("taxonomy_term", "taxonomy_terms.csv", ["id:uuid", "code", "name", "description", "parent_id:uuid", "taxonomy", "language", "taxonomy_id:uuid", "term_uri:uri"]),
    ];

    /// <summary>The nested properties whose items are rows of a table; others (organization, taxonomy_term, services) are written from their own lists.</summary>
    private static readonly Dictionary<string, string> Nested = new(StringComparer.Ordinal)
    {
        ["phones"] = "phone", ["schedules"] = "schedule", ["service_areas"] = "service_area",
        ["service_at_locations"] = "service_at_location", ["location"] = "location", ["locations"] = "location",
        ["addresses"] = "address", ["accessibility"] = "accessibility", ["languages"] = "language",
        ["cost_options"] = "cost_option", ["attributes"] = "attribute",
    };

    /// <summary>The rows of every table, each row a map of column to text.</summary>
    public sealed class Rows
    {
        private readonly Dictionary<string, Dictionary<string, Dictionary<string, string>>> _tables =
            All.ToDictionary(t => t.Name, _ => new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal));

        public IReadOnlyCollection<Dictionary<string, string>> Of(string table) => _tables[table].Values;

        /// <summary>Adds <paramref name="json"/> as a row of <paramref name="table"/> and its nested objects as rows of theirs.</summary>
        public void Add(string table, JsonObject json)
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, value) in json)
            {
                if (value is JsonValue scalar)
                {
                    row[name] = Text(scalar);
                }
                else if (Nested.TryGetValue(name, out var child))
                {
                    foreach (var item in value is JsonArray array ? array.OfType<JsonObject>() : value is JsonObject one ? [one] : [])
                    {
                        Add(child, item);
                    }
                }
            }

            _tables[table].TryAdd(row["id"], row);
        }
    }

    /// <summary>One table as CSV (RFC 4180, UTF-8 without BOM, CRLF), the header first.</summary>
    public static byte[] Csv(Table table, IEnumerable<IReadOnlyDictionary<string, string>> rows)
    {
        var columns = table.ColumnNames.ToList();
        var csv = new StringBuilder();
        csv.Append(string.Join(",", columns)).Append("\r\n");
        foreach (var row in rows)
        {
            csv.Append(string.Join(",", columns.Select(c => Quote(row.GetValueOrDefault(c) ?? "")))).Append("\r\n");
        }

        return new UTF8Encoding(false).GetBytes(csv.ToString());
    }

    private static string Text(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.Number => value.ToJsonString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "",
    };

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>The Frictionless field descriptor of a column.</summary>
    public static JsonObject Field(string column)
    {
        var parts = column.Split(':');
        var field = new JsonObject { ["name"] = parts[0] };
        var kind = parts.Length > 1 ? parts[1] : "string";
        switch (kind)
        {
            case "uuid" or "email" or "uri":
                field["type"] = "string";
                field["format"] = kind;
                break;
            case "time":
                field["type"] = "time";
                field["format"] = "%H:%M";
                break;
            default:
                field["type"] = kind;
                break;
        }

        return field;
    }

    /// <summary>The foreign keys of a table: every <c>X_id</c> column whose table X is exported, and <c>parent_id</c> to the same table.</summary>
    public static IEnumerable<(string Column, string Table)> ForeignKeys(Table table) =>
        table.ColumnNames
            .Select(c => (Column: c, Target: c == "parent_id" ? table.Name : c.EndsWith("_id", StringComparison.Ordinal) ? c[..^3] : null))
            .Where(x => x.Target is not null && x.Column != "id" && All.Any(t => t.Name == x.Target))
            .Select(x => (x.Column, x.Target!));
}
