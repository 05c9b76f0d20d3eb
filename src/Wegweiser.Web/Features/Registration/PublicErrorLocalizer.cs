using Microsoft.Extensions.Localization;

namespace Wegweiser.Web.Features.Registration;

/// <summary>
/// The editor form's rules say what is wrong in the staff's German (<c>Editor.Error.*</c>); a
/// visitor reads the same messages in their language: <c>Registration.Error.*</c>, in every culture.
/// </summary>
public sealed class PublicErrorLocalizer(IStringLocalizer inner) : IStringLocalizer
{
    private const string EditorPrefix = "Editor.Error.";
    private const string PublicPrefix = "Registration.Error.";

    public LocalizedString this[string name] => inner[Map(name)];

    public LocalizedString this[string name, params object[] arguments] => inner[Map(name), arguments];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

    /// <summary>The public key of an editor message (the same name after the prefix).</summary>
    public static string Map(string name) =>
        name.StartsWith(EditorPrefix, StringComparison.Ordinal) ? PublicPrefix + name[EditorPrefix.Length..] : name;
}
