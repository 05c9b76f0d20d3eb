using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Wegweiser.Web.Tests.Features.Hsds;

/// <summary>
/// Checks an HSDS tabular data package against <c>compiled/tabular.json</c>: every CSV's header is
/// its table's fields, required fields are filled, typed values parse, ids are unique and every
/// foreign key (<c>X_id</c>, <c>link_id</c> by <c>link_entity</c>) points to an existing row; and
/// <c>datapackage.json</c> lists every file.
/// </summary>
internal static class HsdsPackageCheck
{
    public static void AssertValid(IReadOnlyDictionary<string, byte[]> files)
    {
        var tabular = JsonNode.Parse(File.ReadAllText(Path.Combine(HsdsSchema.Folder, "compiled", "tabular.json")))!["properties"]!.AsObject();
        var tables = new Dictionary<string, List<Dictionary<string, string>>>();
        var fields = new Dictionary<string, JsonObject>();
        foreach (var (name, node) in tabular)
        {
            var items = node!["items"]!.AsObject();
            var path = items["path"]!.GetValue<string>();
            if (!files.TryGetValue(path, out var bytes))
            {
                continue;
            }

            var expected = items["properties"]!.AsObject().Where(p => p.Value!["type"]?.GetValue<string>() != "array").ToDictionary(p => p.Key, p => p.Value!.AsObject());
            var rows = Parse(Encoding.UTF8.GetString(bytes));
            Assert.Equal(expected.Keys, rows[0]);
            var required = new[] { "required", "tabular_required" }.SelectMany(k => items[k]?.AsArray().Select(r => r!.GetValue<string>()) ?? []).ToList();
            var records = rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(x => x.First, x => x.Second)).ToList();
            foreach (var record in records)
            {
                Assert.All(required.Where(expected.ContainsKey), r => Assert.False(string.IsNullOrEmpty(record[r]), $"{path}: {r} is empty in {record["id"]}."));
                Assert.All(record.Where(v => v.Value.Length > 0), v => Assert.True(Parses(expected[v.Key], v.Value), $"{path}: {v.Key} = '{v.Value}' does not parse."));
            }

            Assert.Equal(records.Count, records.Select(r => r["id"]).Distinct().Count());
            tables[name] = records;
        }

        AssertKeys(tables);
        AssertDescriptor(files);
    }

    private static void AssertKeys(Dictionary<string, List<Dictionary<string, string>>> tables)
    {
        var ids = tables.ToDictionary(t => t.Key, t => t.Value.Select(r => r["id"]).ToHashSet());
        foreach (var (name, records) in tables)
        {
            foreach (var record in records)
            {
                foreach (var (column, value) in record.Where(v => v.Value.Length > 0 && v.Key.EndsWith("_id", StringComparison.Ordinal)))
                {
                    var target = column == "link_id" ? record["link_entity"] : column == "parent_id" ? name : column[..^3];
                    if (ids.TryGetValue(target, out var targets))
                    {
                        Assert.True(targets.Contains(value), $"{name}.{column} = {value} points to no {target}.");
                    }
                }
            }
        }
    }

    private static void AssertDescriptor(IReadOnlyDictionary<string, byte[]> files)
    {
        var descriptor = JsonNode.Parse(files["datapackage.json"])!;
        Assert.Equal("tabular-data-package", descriptor["profile"]!.GetValue<string>());
        Assert.NotEmpty(descriptor["licenses"]!.AsArray());
        var listed = descriptor["resources"]!.AsArray().Select(r => r!["path"]!.GetValue<string>()).ToHashSet();
        Assert.Equal(files.Keys.Where(f => f != "datapackage.json").Order(), listed.Order());
        foreach (var resource in descriptor["resources"]!.AsArray().Where(r => r!["format"]!.GetValue<string>() == "csv"))
        {
            var header = Parse(Encoding.UTF8.GetString(files[resource!["path"]!.GetValue<string>()]))[0];
            Assert.Equal(header, resource["schema"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()));
        }
    }

    private static bool Parses(JsonObject field, string value)
    {
        var format = field["format"]?.GetValue<string>();
        var type = field["datapackage_type"]?.GetValue<string>() ?? field["type"]?.GetValue<string>();
        return format switch
        {
            "uuid" => Guid.TryParseExact(value, "D", out _),
            "date-time" => DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _),
            "uri" => Uri.IsWellFormedUriString(value, UriKind.Absolute),
            "email" => value.Contains('@'),
            _ => type switch
            {
                "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                "number" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
                _ => true,
            },
        };
    }

    /// <summary>RFC 4180: comma-separated, fields with commas, quotes or line breaks in double quotes.</summary>
    public static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var ch = csv[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') { quoted = false; }
                else { field.Append(ch); }
            }
            else if (ch == '"') { quoted = true; }
            else if (ch == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (ch == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i++; }
            else { field.Append(ch); }
        }

        Assert.False(quoted, "A quoted field is not closed.");
        Assert.Empty(row);
        return rows;
    }
}
