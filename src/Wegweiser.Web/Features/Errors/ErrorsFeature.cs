namespace Wegweiser.Web.Features.Errors;

/// <summary>Error pages: an exception and every error status are shown by <c>/fehler/{code}</c> in the language of the address.</summary>
public static class ErrorsFeature
{
    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app)
    {
        app.UseExceptionHandler("/fehler/500");
        app.UseStatusCodePagesWithReExecute("/fehler/{0}");
        return app;
    }
}
