using Wegweiser.Web.Features.Editorial;

namespace Wegweiser.Web.Features.Registration;

/// <summary>
/// "Verein oder Angebot eintragen": the public form with preview, the confirmation link by email,
/// the entry made as a version in review, the publishers' decisions (shown in the moderation
/// queue) and the hourly deletion of finished or abandoned registrations.
/// </summary>
public static class RegistrationFeature
{
    public static IServiceCollection AddRegistration(this IServiceCollection services)
    {
        services.AddOptions<RegistrationOptions>().BindConfiguration(RegistrationOptions.Section);
        services.AddScoped<RegistrationDesk>();
        services.AddScoped<RegistrationDecisions>();
        services.AddScoped<IModerationSource, RegistrationModerationSource>();
        services.AddSingleton<RegistrationCleanupJob>();
        services.AddHostedService(sp => sp.GetRequiredService<RegistrationCleanupJob>());
        return services;
    }
}
