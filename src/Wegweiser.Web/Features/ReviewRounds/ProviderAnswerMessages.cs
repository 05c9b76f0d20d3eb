using System.Globalization;
using Microsoft.Extensions.Localization;
using Wegweiser.Core.Content.Rules;

namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>
/// The provider page's words for the problems of a <see cref="ProviderAnswer"/>: resources
/// <c>ReviewAnswer.Error.&lt;Field&gt;.&lt;Problem&gt;</c> in the page's language, German where no
/// request gives one (a check outside the site).
/// </summary>
public static class ProviderAnswerMessages
{
    /// <summary>The resource key of <paramref name="problem"/> at property <paramref name="field"/>.</summary>
    public static string Key(string field, FieldProblem problem) =>
        $"ReviewAnswer.Error.{field}.{string.Concat(problem.Key.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))}";

    /// <summary>The message for <paramref name="problem"/> at property <paramref name="field"/>, through <paramref name="localizer"/> when there is one.</summary>
    public static string For(string field, FieldProblem problem, IStringLocalizer? localizer = null)
    {
        var key = Key(field, problem);
        var template = localizer is null
            ? SharedResource.Manager.GetString(key, CultureInfo.InvariantCulture)
            : localizer[key] is { ResourceNotFound: false } found ? found.Value : null;
        return string.Format(CultureInfo.InvariantCulture, template ?? throw new InvalidOperationException($"The provider page's text {key} is missing from the resources."), problem.Argument);
    }
}
