using Microsoft.Extensions.Localization;

namespace Wegweiser.Web.Tests.Features.Editorial;

/// <summary>Answers with the resource key, for tests of rules that only need to know which message.</summary>
internal sealed class KeyLocalizer : IStringLocalizer
{
    public LocalizedString this[string name] => new(name, name);

    public LocalizedString this[string name, params object[] arguments] => new(name, name);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
