namespace Wegweiser.Web.Features.Directory.Glossary;

/// <summary>Glossary terms explained where they stand, and the entries a term's page lists.</summary>
public static class GlossaryServiceCollectionExtensions
{
    public static IServiceCollection AddGlossaryLinking(this IServiceCollection services)
    {
        services.AddSingleton<GlossaryCatalog>();
        services.AddSingleton<GlossaryUsage>();
        services.AddScoped<GlossaryLinking>();
        return services;
    }
}
