namespace Wegweiser.Web.Features.PlainLanguage;

/// <summary>
/// Plain language in the editor area: the German check beside each prose field (server-rendered,
/// and as one types through <c>/admin/verstaendlichkeit/pruefen</c> and
/// <c>wwwroot/admin/plain-language.js</c>), the thresholds, and the overview of scores at
/// <c>/admin/verstaendlichkeit</c>. The rules themselves live in Wegweiser.Core (Analysis/).
/// </summary>
public static class PlainLanguageFeature
{
    public static IServiceCollection AddPlainLanguage(this IServiceCollection services)
    {
        services.AddOptions<PlainLanguageOptions>().BindConfiguration(PlainLanguageOptions.Section);
        services.AddScoped<PlainLanguageReview>();
        return services;
    }
}
