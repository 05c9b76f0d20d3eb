namespace Wegweiser.Core.Content.Rules;

/// <summary>
/// What can be wrong with a field, as keys the callers turn into their own words: the editor form
/// and the translation editor into resource texts, the provider's page into its German sentences,
/// recipes and XLIFF imports into their reports.
/// </summary>
public static class ProblemKeys
{
    /// <summary>The field must not be empty.</summary>
    public const string Required = "required";

    /// <summary>Longer than allowed; the argument is the longest length allowed.</summary>
    public const string TooLong = "too-long";

    public const string Phone = "phone";

    public const string Email = "email";

    /// <summary>Not a complete http or https address.</summary>
    public const string WebAddress = "web-address";

    /// <summary>Not five digits.</summary>
    public const string PostalCode = "postal-code";

    public const string Slug = "slug";

    /// <summary>Opening hours with lines that are not understood; the argument lists them.</summary>
    public const string OpeningHours = "opening-hours";

    /// <summary>Not one of the values the field allows.</summary>
    public const string Unknown = "unknown";

    public const string EndBeforeStart = "end-before-start";

    /// <summary>A number out of its range.</summary>
    public const string Number = "number";

    /// <summary>A month that is not 1 to 12.</summary>
    public const string Month = "month";
}
