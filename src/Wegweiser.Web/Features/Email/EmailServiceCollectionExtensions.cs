using Wegweiser.Web.Features.Email;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers email: settings from <c>Wegweiser:Email</c>, the sender and the outbox.</summary>
public static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddWegweiserEmail(this IServiceCollection services, IConfiguration configuration, string dataFolder)
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
