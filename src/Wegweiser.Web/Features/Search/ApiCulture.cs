using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Search;

/// <summary>The <c>kultur</c> parameter of the search APIs: German when missing, a clear 400 when unknown.</summary>
internal static class ApiCulture
{
    public const string Param = "kultur";

    public static (string Culture, IResult? Refusal) Resolve(string? kultur, WegweiserOptions options)
    {
        var culture = string.IsNullOrWhiteSpace(kultur) ? Core.Content.Cultures.Source : kultur;
        return options.SiteCultures.Contains(culture)
            ? (culture, null)
            : (culture, Results.BadRequest(new { error = $"Unknown culture; use one of: {string.Join(", ", options.SiteCultures)}." }));
    }
}
