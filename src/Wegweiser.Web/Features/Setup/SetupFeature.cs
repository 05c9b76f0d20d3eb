using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Setup;

/// <summary>
/// What happens between building the host and serving: a command-line verb runs and ends the
/// process; otherwise the site is brought up to date (<see cref="SiteInitializer"/>).
/// </summary>
public static class SetupFeature
{
    /// <summary>
    /// Runs the verb in <paramref name="args"/>, or initializes the site. The exit code when the
    /// process must end now (a verb ran, or the start-up failed); null when the site may serve.
    /// </summary>
    public static async Task<int?> RunVerbOrInitializeAsync(this WebApplication app, SiteHost site, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(site);
        if (CommandLine.IsVerb(args))
        {
            return await site.EndAsync(await CommandLine.RunAsync(app.Services, args, Console.Out, Console.Error));
        }

        if (!await SiteInitializer.RunAtStartAsync(app.Services, site.Logger))
        {
            return await site.EndAsync(1);
        }

        return null;
    }
}
