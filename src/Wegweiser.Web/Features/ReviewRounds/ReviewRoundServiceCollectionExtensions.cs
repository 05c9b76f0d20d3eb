using Wegweiser.Web.Features.ReviewRounds;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers review rounds: links, the emails' texts, planner, answers, the sender, the reminder job and the job that resumes interrupted sending.</summary>
public static class ReviewRoundServiceCollectionExtensions
{
    public static IServiceCollection AddWegweiserReviewRounds(this IServiceCollection services)
    {
        services.AddSingleton<ReviewLinks>();
        services.AddScoped<ReviewRoundPlanner>();
        services.AddScoped<ReviewAnswers>();
        services.AddSingleton<ReviewRoundEmail>();
        services.AddScoped<ReviewRequestMailer>();
        services.AddSingleton<ReviewRoundSender>();
        services.AddHostedService<ReviewReminderJob>();
        services.AddSingleton<ReviewRoundResumeJob>();
        services.AddHostedService(sp => sp.GetRequiredService<ReviewRoundResumeJob>());
        return services;
    }
}
