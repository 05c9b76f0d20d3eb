namespace Wegweiser.Web.Features.Hsds;

/// <summary>
/// The HSDS API's settings (<c>Wegweiser:Hsds</c>): what every address needs beyond our data
/// (HSDS requires a state and a country), and the page size limits.
/// </summary>
public sealed class HsdsOptions
{
    /// <summary>The state of every address ("Thüringen").</summary>
    public string StateProvince { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2 country code of every address.</summary>
    public string Country { get; set; } = "DE";

    /// <summary>
    /// The name of the organization that services without a named provider belong to
    /// (<see cref="HsdsUnnamedProvider"/>), e.g. the site's operator; empty: "Anbieter nicht angegeben", translated.
    /// </summary>
    public string UnnamedProviderName { get; set; } = "";

    public int DefaultPageSize { get; set; } = 20;

    public int MaxPageSize { get; set; } = 100;
}
