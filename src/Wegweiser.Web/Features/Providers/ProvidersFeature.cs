namespace Wegweiser.Web.Features.Providers;

/// <summary>
/// Providers look after their own entries: the public claim of an entry ("Ist das Ihr Verein?")
/// confirmed through the entry's address or by staff (<c>/admin/ansprueche</c>), and the
/// provider's start page (<c>/admin/anbieter</c>) with "Stimmt noch" and who else has access.
/// </summary>
public static class ProvidersFeature
{
    public static IServiceCollection AddProviders(this IServiceCollection services)
    {
        services.AddScoped<ProviderAccess>();
        services.AddScoped<EntryClaims>();
        services.AddScoped<Editorial.IModerationSource, ClaimsModerationSource>();
        services.AddScoped<Editorial.IModerationSource, ProviderDraftsModerationSource>();
        services.AddScoped<Editorial.Entries.IEntryDecisionListener, ProviderDecisionMailer>();
        services.AddScoped<ProviderTeam>();
        services.AddScoped<ProviderDrafts>();
        return services;
    }
}
