namespace Wegweiser.Web.Features.Email;

/// <summary>Email: settings from <c>Wegweiser:Email</c>, the sender, the outbox and its delivery service.</summary>
public static class EmailFeature
{
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var section = configuration.GetSection(EmailOptions.Section);
        services.Configure<EmailOptions>(section);
        services.AddSingleton(new EmailPickupFolder(dataFolder, section.Get<EmailOptions>() ?? new EmailOptions()));
        services.AddSingleton<IEmailSender, EmailSender>();
        services.AddSingleton<EmailOutbox>();
        services.AddHostedService<EmailDeliveryService>();
        return services;
    }
}
