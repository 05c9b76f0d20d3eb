using System.Text.Json;
using System.Text.Json.Serialization;
using Wegweiser.Core.History;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>
/// The JSON document in <c>AuditEntry.Details</c>: the workflow step (from, to), the time a step
/// was planned for, and the changed fields with old and new values.
/// </summary>
public sealed class AuditDetails
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string? From { get; set; }

    public string? To { get; set; }

    public DateTime? DueUtc { get; set; }

    public int? RestoredFrom { get; set; }

    public List<FieldChange>? Changes { get; set; }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads the details; older entries that hold plain text (a culture) give null.</summary>
    public static AuditDetails? Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json) || !json.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<AuditDetails>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
