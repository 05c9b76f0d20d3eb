using Wegweiser.Web.Features.Editorial.Entries;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Editorial;

/// <summary>
/// The editor area: entries and their workflow, planned publications, the review overview, and the
/// jobs that archive expired entries and delete visitors' reports and contact requests after their time.
/// </summary>
public static class EditorialFeature
{
    public static IServiceCollection AddEditorial(this IServiceCollection services)
    {
        services.AddScoped<ReviewOverview>();
        services.AddScoped<EntryWorkflow>();
        services.AddScoped<EntryDecisionSaver>();
        services.AddScoped<EntryEditing>();
        services.AddSingleton<ScheduledWorkflowJob>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledWorkflowJob>());
        services.AddHostedService<ExpiredContentArchiver>();
        services.AddHostedService<DataRetentionJob>();
        return services;
    }
}
