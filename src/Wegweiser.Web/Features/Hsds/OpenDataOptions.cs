namespace Wegweiser.Web.Features.Hsds;

/// <summary><c>Wegweiser:OpenData</c>: the open licence the downloads and the export name.</summary>
public sealed class OpenDataOptions
{
    public string LicenceName { get; set; } = "Datenlizenz Deutschland – Namensnennung – Version 2.0";

    public string LicenceUrl { get; set; } = "https://www.govdata.de/dl-de/by-2-0";
}
