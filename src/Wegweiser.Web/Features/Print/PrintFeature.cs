namespace Wegweiser.Web.Features.Print;

/// <summary>
/// Printable lists (<c>/de/angebote/druckansicht?ort=arnstadt</c>, <c>/de/themen/wohnen/druckansicht</c>):
/// every matching entry with address, phone, email, website and opening hours, made for paper and
/// for "Save as PDF" in the browser. The print stylesheet itself lives in the theme. The view reads
/// the filters the lists already register for the response cache, and no parameter of its own.
/// </summary>
public static class PrintFeature
{
    public static IServiceCollection AddPrint(this IServiceCollection services)
    {
        services.AddScoped<PrintEntries>();
        return services;
    }
}
