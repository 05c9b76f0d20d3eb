using Wegweiser.Web.Features.Translation.Machine;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the optional machine translation: both providers, the terms, the bulk job.</summary>
public static class MachineTranslationServiceCollectionExtensions
{
    /// <remarks>A wrong configuration stops the start (see <see cref="MachineTranslationOptions.Problem"/> in Program).</remarks>
    public static IServiceCollection AddWegweiserMachineTranslation(this IServiceCollection services)
    {
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
