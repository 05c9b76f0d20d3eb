using Microsoft.AspNetCore.DataProtection;
using Wegweiser.Data;

namespace Wegweiser.Web.Infrastructure.Security;

/// <summary>
/// The keys behind auth cookies, antiforgery tokens, password-reset and review links live in the
/// site's database: they survive restarts, go into backups, and every node on the database shares
/// them without a shared folder. Optionally encrypted at rest with a certificate.
/// </summary>
public static class DataProtectionServiceCollectionExtensions
{
    public static IServiceCollection AddWegweiserDataProtection(this IServiceCollection services, DataProtectionKeyOptions options, string contentRoot)
    {
        var builder = services.AddDataProtection()
            .SetApplicationName("Wegweiser")
            .PersistKeysToDbContext<WegweiserDbContext>();
        if (options.HasCertificate)
        {
            // Also registers the certificate for decryption, so keys it encrypted are read without a certificate store.
            builder.ProtectKeysWithCertificate(options.LoadCertificate(contentRoot));
        }

        services.AddScoped<DataProtectionKeyImport>();
        return services;
    }
}
