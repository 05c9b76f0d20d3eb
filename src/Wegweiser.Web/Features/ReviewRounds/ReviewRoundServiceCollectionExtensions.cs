using Wegweiser.Web.Features.ReviewRounds;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers review rounds: links, planner, answers, the sender and the reminder job.</summary>
public static class ReviewRoundServiceCollectionExtensions
{
    public static IServiceCollection AddWegweiserReviewRounds(this IServiceCollection services)
    {
        services.AddSingleton<ReviewLinks>();
        services.AddScoped<ReviewRoundPlanner>();
        services.AddScoped<ReviewAnswers>();
        services.AddSingleton<ReviewRoundSender>();
        services.AddHostedService<ReviewReminderJob>();
        return services;
    }
}
