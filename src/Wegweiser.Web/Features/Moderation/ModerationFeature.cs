namespace Wegweiser.Web.Features.Moderation;

/// <summary>
/// The moderation queue (<c>/admin/moderation</c>): what waits for a publisher's decision, one
/// section per kind. Kinds come from their own features (<see cref="Editorial.IModerationSource"/>);
/// registrations from the public form are the first.
/// </summary>
public static class ModerationFeature
{
    public static IServiceCollection AddModeration(this IServiceCollection services) => services;
}
