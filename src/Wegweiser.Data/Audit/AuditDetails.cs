using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Wegweiser.Core.History;

namespace Wegweiser.Data.Audit;

/// <summary>
/// The details of an audit line, stored in <see cref="AuditEntry.Details"/> in one format: a
/// compact JSON object with camelCase names, empty fields left out, text unescaped
/// (<c>{"from":"Draft","to":"InReview"}</c>, <c>{"culture":"fa"}</c>). Each action fills the fields
/// that say something about it. <see cref="Of"/> also reads the formats written before there was
/// one (plain text, and account details nested under <c>details</c>).
/// </summary>
public sealed class AuditDetails
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A workflow step's state before, or (with <see cref="To"/>) a plan's kind.</summary>
    public string? From { get; set; }

    public string? To { get; set; }

    /// <summary>When a planned step was (or is) due.</summary>
    public DateTime? DueUtc { get; set; }

    /// <summary>The version a restored draft was copied from.</summary>
    public int? RestoredFrom { get; set; }

    /// <summary>The changed fields with old and new values.</summary>
    public List<FieldChange>? Changes { get; set; }

    /// <summary>The language a translation was saved, suggested or imported in.</summary>
    public string? Culture { get; set; }

    /// <summary>What a provider wrote with their answer.</summary>
    public string? Note { get; set; }

    /// <summary>The recipe that was applied.</summary>
    public string? Recipe { get; set; }

    /// <summary>The visitor's contact request that was passed on (its id only, never what the visitor wrote).</summary>
    public long? ContactRequestId { get; set; }

    /// <summary>The account an <c>account.*</c> action changed: its name and id.</summary>
    public string? Account { get; set; }

    public string? AccountId { get; set; }

    /// <summary>The account's role after the change, and its roles before.</summary>
    public string? Role { get; set; }

    public List<string>? RolesFrom { get; set; }

    /// <summary>The languages a translator may edit, after and before.</summary>
    public List<string>? Cultures { get; set; }

    public List<string>? CulturesFrom { get; set; }

    /// <summary>The email language besides German, after and before.</summary>
    public string? Language { get; set; }

    public string? LanguageFrom { get; set; }

    /// <summary>The organisations a provider's account is linked to, after and before.</summary>
    public List<string>? Organisations { get; set; }

    public List<string>? OrganisationsFrom { get; set; }

    /// <summary>An imported file's format, the item's outcome and each unit's.</summary>
    public string? Format { get; set; }

    public string? Outcome { get; set; }

    public List<AuditUnit>? Units { get; set; }

    /// <summary>The calendar address a subscription was added or removed with.</summary>
    public string? Url { get; set; }

    /// <summary>The stored form: compact JSON, or null when no field is set.</summary>
    public string? ToJson()
    {
        var json = JsonSerializer.Serialize(this, Json);
        return json == "{}" ? null : json;
    }

    /// <summary>The details of <paramref name="entry"/>, in whichever format they were written; null when there are none or they cannot be read.</summary>
    public static AuditDetails? Of(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Read(entry.Action, entry.Details);
    }

    /// <summary>Reads details written in the current format (older JSON, too; plain text becomes a note).</summary>
    public static AuditDetails? Read(string? details) => Read("", details);

    /// <summary>Reads details of an <paramref name="action"/>, which says what older plain-text details meant.</summary>
    public static AuditDetails? Read(string action, string? details)
    {
        if (string.IsNullOrWhiteSpace(details))
        {
            return null;
        }

        var text = details.Trim();
        return text.StartsWith('{') ? AuditDetailsLegacy.FromJson(action, text) : AuditDetailsLegacy.FromText(action, text);
    }
}
