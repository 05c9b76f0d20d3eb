using System.Text.Json.Nodes;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.Hsds;

/// <summary>
/// Our taxonomies as HSDS taxonomies and terms: topics, everyday needs, target groups, towns and
/// languages from the site's taxonomy, plus <c>type</c>, which says whether a service is an
/// offer, a course, a club or volunteer help. Services carry their terms as attributes.
/// </summary>
public static class HsdsTaxonomies
{
    public const string Type = "type";

    public static readonly IReadOnlyList<string> All = [.. Core.Taxonomies.Taxonomy.All, Type];

    public static string Version => "1";

    public static JsonObject Taxonomy(HsdsContext c, string name) => new JsonObject
    {
        ["id"] = HsdsIds.Taxonomy(name),
        ["name"] = c.Text($"Hsds.Taxonomy.{name}.Name"),
        ["description"] = c.Text($"Hsds.Taxonomy.{name}.Description"),
        ["uri"] = c.Absolute($"/api/hsds/taxonomies/{HsdsIds.Taxonomy(name)}"),
        ["version"] = Version,
    };

    /// <summary>Every term as (taxonomy, key, name) in the taxonomy's order.</summary>
    public static IEnumerable<(string Taxonomy, string Key, string Name)> Terms(HsdsContext c) =>
        c.Snapshot.Terms.Values
            .OrderBy(t => All.ToList().IndexOf(t.Taxonomy)).ThenBy(t => t.SortOrder).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => (t.Taxonomy, t.Key, t.NameIn(c.Culture)))
            .Concat(HsdsContext.ServiceTypes.Select(type => (Type, TypeKey(type), TypeName(c, type))));

    public static string TypeKey(ContentType type) => ContentTypes.Of(type).Segment;

    public static string TypeName(HsdsContext c, ContentType type) => c.Text($"Type.{type}");

    public static JsonObject Term(HsdsContext c, string taxonomy, string key, string name) => new JsonObject
    {
        ["id"] = HsdsIds.Term(taxonomy, key),
        ["code"] = key,
        ["name"] = name,
        ["description"] = $"{c.Text($"Hsds.Taxonomy.{taxonomy}.Name")}: {name}",
        ["taxonomy"] = taxonomy,
        ["taxonomy_id"] = HsdsIds.Taxonomy(taxonomy),
        ["language"] = c.Culture,
        ["term_uri"] = c.Absolute($"/api/hsds/taxonomy_terms/{HsdsIds.Term(taxonomy, key)}"),
    };

    /// <summary>The terms an entry has, as (taxonomy, key) pairs, its type first.</summary>
    public static IEnumerable<(string Taxonomy, string Key)> TermsOf(PublishedEntry entry)
    {
        var data = entry.Version.Data;
        if (HsdsContext.ServiceTypes.Contains(entry.Type))
        {
            yield return (Type, TypeKey(entry.Type));
        }

        foreach (var (taxonomy, keys) in new[]
                 {
                     (Core.Taxonomies.Taxonomy.Topic, data.Topics), (Core.Taxonomies.Taxonomy.Need, data.Needs),
                     (Core.Taxonomies.Taxonomy.TargetGroup, data.TargetGroups), (Core.Taxonomies.Taxonomy.Town, data.Towns),
                     (Core.Taxonomies.Taxonomy.Language, data.Languages),
                 })
        {
            foreach (var key in keys)
            {
                yield return (taxonomy, key);
            }
        }
    }

    /// <summary>The attributes that link an entry to its terms, each with the term nested.</summary>
    public static JsonArray Attributes(HsdsContext c, PublishedEntry entry, string linkId, string linkEntity) =>
        TermsOf(entry)
            .Where(t => t.Taxonomy == Type || c.Term(t.Taxonomy, t.Key) is not null)
            .Select(t =>
            {
                var name = t.Taxonomy == Type ? TypeName(c, entry.Type) : c.TermName(t.Taxonomy, t.Key);
                return (JsonNode)new JsonObject
                {
                    ["id"] = HsdsIds.Part("attribute", entry.Key, $"{t.Taxonomy}:{t.Key}"),
                    ["link_id"] = linkId,
                    ["link_type"] = t.Taxonomy,
                    ["link_entity"] = linkEntity,
                    ["taxonomy_term_id"] = HsdsIds.Term(t.Taxonomy, t.Key),
                    ["taxonomy_term"] = Term(c, t.Taxonomy, t.Key, name),
                    ["label"] = name,
                };
            })
            .ToJsonArray();
}
