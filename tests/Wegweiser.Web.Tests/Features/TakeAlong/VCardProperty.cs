namespace Wegweiser.Web.Tests.Features.TakeAlong;

/// <summary>One content line of a vCard after unfolding: name, parameters and the raw (still escaped) value.</summary>
public sealed record VCardProperty(string Name, IReadOnlyList<(string Name, string Value)> Parameters, string RawValue)
{
    public string? Parameter(string name) =>
        Parameters.Where(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(p => p.Value).FirstOrDefault();

    /// <summary>The value as text, escapes undone (for single-text properties such as FN and NOTE).</summary>
    public string Text => VCardChecker.Unescape(RawValue);

    /// <summary>The components of a structured value (ADR, ORG), split at unescaped semicolons and unescaped.</summary>
    public IReadOnlyList<string> Components => VCardChecker.SplitUnescaped(RawValue, ';').Select(VCardChecker.Unescape).ToList();
}
