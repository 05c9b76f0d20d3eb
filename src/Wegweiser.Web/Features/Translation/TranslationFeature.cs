using Wegweiser.Web.Features.Translation.Machine;

namespace Wegweiser.Web.Features.Translation;

/// <summary>
/// Translation: the overview of what is missing or outdated, and the optional machine translation
/// (both providers, the fixed terms, the bulk job). A wrong machine-translation configuration stops
/// the start (see <see cref="MachineTranslationOptions.Problem"/>).
/// </summary>
public static class TranslationFeature
{
    public static IServiceCollection AddTranslation(this IServiceCollection services)
    {
        services.AddScoped<TranslationOverview>();
        // The providers set their own timeout per request from the settings.
        services.AddHttpClient(TranslationServiceHttp.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<DeepLGlossaries>();
        services.AddScoped<DeepLTranslator>();
        services.AddScoped<LibreTranslateTranslator>();
        services.AddScoped<MachineTranslationTerms>();
        services.AddScoped<MachineTranslation>();
        services.AddSingleton<MachineTranslationJob>();
        return services;
    }
}
