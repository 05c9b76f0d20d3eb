using Microsoft.Extensions.Localization;
using Wegweiser.Core.Content;

namespace Wegweiser.Web.Features.Sheets;

/// <summary>
/// Checks the header row against the columns of the type (<see cref="SheetColumns.All"/>) for the
/// cultures the header has (German required, each a culture of the site): same names, same order.
/// </summary>
public static class SheetHeader
{
    /// <summary>The cultures of the header's <c>title:</c> columns in the site's order, German first.</summary>
    public static IReadOnlyList<string> Cultures(IReadOnlyList<string> header, IReadOnlyList<string> siteCultures)
    {
        var named = header.Select(h => h.Trim())
            .Where(h => h.StartsWith(ContentFields.Title + ":", StringComparison.Ordinal))
            .Select(h => h[(ContentFields.Title.Length + 1)..]).ToHashSet(StringComparer.Ordinal);
        return [.. siteCultures.Where(named.Contains)];
    }

    public static List<SheetProblem> Check(IReadOnlyList<string> header, ContentType type, IReadOnlyList<string> siteCultures, IStringLocalizer t)
    {
        var problems = new List<SheetProblem>();
        var cultures = Cultures(header, siteCultures);
        if (!cultures.Contains(Core.Content.Cultures.Source))
        {
            problems.Add(new SheetProblem(1, null, t["Sheets.Error.NoGerman"]));
            return problems;
        }

        var expected = SheetColumns.All(type, cultures);
        var names = header.Select(h => h.Trim()).ToList();
        for (var i = 0; i < Math.Max(expected.Count, names.Count) && problems.Count < 20; i++)
        {
            var got = i < names.Count ? names[i] : "";
            var want = i < expected.Count ? expected[i] : "";
            if (got == want)
            {
                continue;
            }

            var message = want.Length == 0 ? t["Sheets.Error.HeaderExtra", got]
                : got.Length == 0 ? t["Sheets.Error.HeaderMissing", want]
                : t["Sheets.Error.Header", got, want];
            problems.Add(new SheetProblem(1, ColumnLetters.Of(i), message));
        }

        return problems;
    }
}
