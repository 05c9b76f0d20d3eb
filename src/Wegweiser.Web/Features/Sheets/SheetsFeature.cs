namespace Wegweiser.Web.Features.Sheets;

/// <summary>
/// Spreadsheets in and out for editors: export the entries of a type as .xlsx or .csv, and take
/// an edited sheet back after a preview (<c>/admin/tabellen</c>, verbs <c>export sheet</c> and
/// <c>import sheet</c>).
/// </summary>
public static class SheetsFeature
{
    public static IServiceCollection AddSheets(this IServiceCollection services)
    {
        services.AddScoped<SheetExporter>();
        services.AddScoped<SheetImporter>();
        services.AddSingleton<SheetUploads>();
        return services;
    }
}
