using System.Text.Json.Nodes;
using Wegweiser.Core.Content;

namespace Wegweiser.Web.Features.Hsds;

/// <summary>
/// The texts of one published version for one HSDS object in the asked culture, field by field:
/// a field the translation lacks comes from German and is noted, so the object's
/// <c>x_translations</c> can say which of its fields fell back (see <see cref="HsdsProfile"/>).
/// </summary>
public sealed class HsdsText
{
    private readonly ContentVersion _version;
    private readonly ContentTranslation? _own;
    private readonly ContentTranslation _german;
    private readonly List<string> _fallbacks = [];

    public HsdsText(ContentVersion version, string culture)
    {
        _version = version;
        Culture = culture;
        _german = version.Translation(Cultures.Source) ?? throw new InvalidOperationException("Published version without German text.");
        _own = culture == Cultures.Source ? _german : version.Translation(culture);
    }

    public string Culture { get; }

    /// <summary>The slug of the asked culture, else the German one (the detail page finds both).</summary>
    public string Slug => (_own ?? _german).Slug;

    /// <summary>The text of <paramref name="field"/> for the HSDS property <paramref name="property"/>, null when German has none either.</summary>
    public string? Get(string field, string property)
    {
        var own = _own?.Field(field);
        if (!string.IsNullOrWhiteSpace(own))
        {
            return own;
        }

        var german = _german.Field(field);
        if (string.IsNullOrWhiteSpace(german))
        {
            return null;
        }

        if (_own != _german)
        {
            _fallbacks.Add(property);
        }

        return german;
    }

    /// <summary>
    /// The profile's extension object: the culture asked for, the language of the texts (German
    /// when every text fell back), the cultures this entry has, the fields that fell back and
    /// whether the asked culture's texts are an unchecked machine translation.
    /// </summary>
    public JsonObject Extension()
    {
        var available = new JsonArray();
        foreach (var culture in _version.Translations.Select(t => t.Culture).Order(StringComparer.Ordinal))
        {
            available.Add(culture);
        }

        var fallbacks = new JsonArray();
        foreach (var field in _fallbacks.Distinct())
        {
            fallbacks.Add(field);
        }

        return new JsonObject
        {
            ["requested"] = Culture,
            ["language"] = _own is null ? Cultures.Source : Culture,
            ["available"] = available,
            ["fallback_fields"] = fallbacks,
            ["machine_translated"] = _own is not null && _own != _german && _own.IsMachineTranslated,
        };
    }
}
