namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>Review rounds: links, the emails' texts, planner, answers, the mailer and sender, the reminder job and the job that resumes interrupted sending.</summary>
public static class ReviewRoundsFeature
{
    public static IServiceCollection AddReviewRounds(this IServiceCollection services)
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
