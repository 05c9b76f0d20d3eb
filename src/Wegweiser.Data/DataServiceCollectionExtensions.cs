using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wegweiser.Data.Audit;
using Wegweiser.Data.Recipes;
using Wegweiser.Data.Stores;
using Wegweiser.Data.Translation;

namespace Wegweiser.Data;

/// <summary>Registers the database of the configured provider and the stores.</summary>
public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddWegweiserData(this IServiceCollection services, DatabaseOptions options, string dataFolder)
    {
        if (string.Equals(options.Provider, "Postgres", StringComparison.OrdinalIgnoreCase)
            || string.Equals(options.Provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = options.ConnectionString
                ?? throw new InvalidOperationException("Wegweiser:Database:ConnectionString is required for PostgreSQL.");
            services.AddDbContext<WegweiserDbContext, PostgresWegweiserDbContext>((sp, o) => o.UseNpgsql(connectionString).AddInterceptors(sp.GetRequiredService<ContentChangeInterceptor>()));
        }
        else if (string.Equals(options.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = options.ConnectionString ?? SqliteConnectionString(dataFolder);
            SqliteMemory.Limit(options.SqliteMemoryMegabytes);
            services.AddDbContext<WegweiserDbContext, SqliteWegweiserDbContext>((sp, o) => o.UseSqlite(connectionString).AddInterceptors(sp.GetRequiredService<ContentChangeInterceptor>()));
        }
        else
        {
            throw new InvalidOperationException($"Unknown database provider '{options.Provider}'. Use Sqlite or Postgres.");
        }

        services.AddSingleton<ContentChangeSignal>();
        services.AddSingleton(sp => new ContentChangeInterceptor(sp.GetRequiredService<ContentChangeSignal>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton<PublishedContentCache>();
        services.AddScoped<ContentStore>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<TaxonomyStore>();
        services.AddScoped<RecipeApplier>();
        services.AddScoped<XliffExportService>();
        services.AddScoped<XliffImportService>();
        return services;
    }

    public static string SqliteConnectionString(string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        return $"Data Source={Path.Combine(Path.GetFullPath(dataFolder), "wegweiser.db")};Foreign Keys=True";
    }
}
