using Wegweiser.Web.Features.Directory.Glossary;
using Wegweiser.Web.Infrastructure.ResponseCaching;

namespace Wegweiser.Web.Features.Directory;

/// <summary>
/// The public directory: lists, detail pages, topics, the visitor's forms (Razor Pages), the
/// queries and formatters behind them, and the root address that picks a language.
/// </summary>
public static class DirectoryFeature
{
    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        services.AddScoped<DirectoryQueries>();
        services.AddGlossaryLinking();
        services.AddSingleton<OpeningHoursFormatter>();
        services.AddScoped<WhenFormatter>();
        services.AddPublicQueryNames(DirectoryFilter.ParamNames);
        services.AddPublicQueryNames(Paging.PageSlice.Param, TopicModel.TypeParam, VisitorForm.SentParam);
        return services;
    }

    /// <summary>The root picks a language once from the browser; after that the URL decides, no cookie needed.</summary>
    public static IEndpointRouteBuilder MapDirectory(this IEndpointRouteBuilder app, IReadOnlyList<string> cultures)
    {
        app.MapGet("/", (HttpContext http) =>
        {
            http.Response.Headers.Vary = "Accept-Language";
            return Results.Redirect($"/{Infrastructure.SiteCultureInfo.Negotiate(http.Request.Headers.AcceptLanguage, cultures)}/");
        });
        return app;
    }
}
