namespace Wegweiser.Web.Infrastructure;

/// <summary>
/// The county the site serves, bound from <c>Wegweiser:County</c>. It belongs to the
/// installation, not the code: the shipped <c>appsettings.json</c> names the Ilm-Kreis, the county
/// of the <c>ilm-kreis</c> recipe; another county sets its own.
/// </summary>
public sealed class CountyOptions
{
    /// <summary>
    /// The county's name as it reads after "im" in German ("Ilm-Kreis": "im Ilm-Kreis"), used in
    /// the emails' texts in every language.
    /// </summary>
    public string Name { get; set; } = "";

    /// <summary>
    /// The key of the town term that stands for the whole county (the recipe's <c>town</c>
    /// taxonomy, "ilm-kreis"): an entry with it serves every town, in the lists' town filter and in
    /// the search. Empty: no such term.
    /// </summary>
    public string WideTown { get; set; } = "";
}
