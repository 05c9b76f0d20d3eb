using Wegweiser.Web.Features.Directory;
using Wegweiser.Web.Features.Search;

namespace Wegweiser.Web.Infrastructure.Security;

/// <summary>
/// The one table of which requests count against which limit. It is asked for every request
/// before the public response cache, so it only compares strings; everything it does not name is
/// not limited (and pays nothing more). A test walks every route of the site through it.
/// </summary>
public static class RateLimitRules
{
    /// <summary>The German word of the search page's address (<c>/de/suche</c>).</summary>
    public const string SearchPage = "suche";

    /// <summary>Form posts limited per address, by path (the sign-out, a handler of the sign-in page, is not).</summary>
    public static readonly IReadOnlyDictionary<string, RateLimitPolicy> Posts = new Dictionary<string, RateLimitPolicy>(StringComparer.OrdinalIgnoreCase)
    {
        ["/konto/anmelden"] = RateLimitPolicy.SignIn,
        ["/konto/anmelden-code"] = RateLimitPolicy.SignIn,
        ["/konto/passwort-vergessen"] = RateLimitPolicy.PasswordReset,
        ["/konto/passwort-neu"] = RateLimitPolicy.PasswordReset,
    };

    /// <summary>Reads limited per address, by path (the cache answers them, the limit still counts).</summary>
    public static readonly IReadOnlyDictionary<string, RateLimitPolicy> Reads = new Dictionary<string, RateLimitPolicy>(StringComparer.OrdinalIgnoreCase)
    {
        ["/api/suche"] = RateLimitPolicy.Search,
        [SuggestEndpoints.Path] = RateLimitPolicy.Suggestions,
        ["/sitemap.xml"] = RateLimitPolicy.Feeds,
    };

    public static RateLimitPolicy PolicyOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path.Value;
        if (path is null || path.Length < 2)
        {
            return RateLimitPolicy.None;
        }

        path = path.TrimEnd('/');
        if (HttpMethods.IsPost(request.Method))
        {
            if (Posts.TryGetValue(path, out var post))
            {
                return request.Query.ContainsKey("handler") ? RateLimitPolicy.None : post;
            }

            // Sending the registration form, /{culture}/eintragen (not its preview), and confirming its link.
            if (IsRegistration(path))
            {
                return request.Query.ContainsKey("handler") ? RateLimitPolicy.None : RateLimitPolicy.Forms;
            }

            // /anspruch/{token}: the answer to a claim's link
            if (SegmentCount(path) == 2 && path.StartsWith($"/{Features.Providers.ConfirmClaimModel.Segment}/", StringComparison.OrdinalIgnoreCase))
            {
                return RateLimitPolicy.Forms;
            }

            // /{culture}/{section}/{slug}/fehler-melden, …/uebernehmen and /{culture}/ehrenamt/{slug}/anfrage
            return SegmentCount(path) == 4 && (EndsWithSegment(path, ReportMistakeModel.Segment) || EndsWithSegment(path, ContactRequestModel.Segment) || EndsWithSegment(path, Features.Providers.ClaimModel.Segment))
                ? RateLimitPolicy.Forms
                : RateLimitPolicy.None;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return RateLimitPolicy.None;
        }

        if (Reads.TryGetValue(path, out var read))
        {
            return read;
        }

        if (path.StartsWith("/sitemap-", StringComparison.OrdinalIgnoreCase) && path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && SegmentCount(path) == 1)
        {
            return RateLimitPolicy.Feeds;
        }

        // /{culture}/suche and /{culture}/neu.atom
        if (SegmentCount(path) == 2)
        {
            if (EndsWithSegment(path, SearchPage))
            {
                return RateLimitPolicy.Search;
            }

            if (EndsWithSegment(path, Features.Directory.DirectorySection.FeedSegment))
            {
                return RateLimitPolicy.Feeds;
            }
        }

        return RateLimitPolicy.None;
    }

    /// <summary>/{culture}/eintragen and /{culture}/eintragen/bestaetigen/{token}.</summary>
    private static bool IsRegistration(string path)
    {
        var parts = path.Split('/');
        return (parts.Length == 3 && parts[2].Equals(Features.Registration.RegisterModel.Segment, StringComparison.OrdinalIgnoreCase))
            || (parts.Length == 5 && parts[2].Equals(Features.Registration.RegisterModel.Segment, StringComparison.OrdinalIgnoreCase)
                && parts[3].Equals(Features.Registration.ConfirmModel.Segment, StringComparison.OrdinalIgnoreCase));
    }

    private static int SegmentCount(string path)
    {
        var count = 0;
        foreach (var c in path)
        {
            if (c == '/')
            {
                count++;
            }
        }

        return count;
    }

    private static bool EndsWithSegment(string path, string segment) =>
        path.EndsWith(segment, StringComparison.OrdinalIgnoreCase) && path.Length > segment.Length && path[^(segment.Length + 1)] == '/';
}
