using Microsoft.AspNetCore.Http;
using Wegweiser.Core.Content;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.Directory;

/// <summary>
/// The filters of a list, read from a plain GET query string with German parameter names so
/// that filtered lists work without JavaScript and can be shared as links. Unknown values are
/// dropped and reported, never an error.
/// </summary>
public sealed class DirectoryFilter
{
    public const string TopicParam = "thema";
    public const string NeedParam = "bedarf";
    public const string TownParam = "ort";
    public const string TargetGroupParam = "zielgruppe";
    public const string LanguageParam = "sprache";
    public const string FreeParam = "kostenlos";
    public const string WheelchairParam = "barrierefrei";
    public const string OpenNowParam = "jetzt-offen";
    public const string LevelParam = "niveau";
    public const string CourseTypeParam = "kursart";
    public const string TimeOfDayParam = "tageszeit";
    public const string StartWeeksParam = "beginn";
    public const string ChildcareParam = "kinderbetreuung";
    public const string Yes = "ja";

    /// <summary>The German query values of <see cref="Core.Content.TimeOfDay"/>.</summary>
    public static readonly IReadOnlyDictionary<string, TimeOfDay> TimesOfDay = new Dictionary<string, TimeOfDay>
    {
        ["vormittags"] = Core.Content.TimeOfDay.Morning,
        ["nachmittags"] = Core.Content.TimeOfDay.Afternoon,
        ["abends"] = Core.Content.TimeOfDay.Evening,
    };

    public static readonly IReadOnlyList<int> StartWeeks = [1, 2, 4, 8, 12];

    private static readonly (string Param, string Taxonomy)[] TermParams =
    [
        (TopicParam, Taxonomy.Topic), (NeedParam, Taxonomy.Need), (TownParam, Taxonomy.Town),
        (TargetGroupParam, Taxonomy.TargetGroup), (LanguageParam, Taxonomy.Language),
    ];

    /// <summary>Every parameter a list understands.</summary>
    public static readonly IReadOnlyList<string> ParamNames =
    [
        TopicParam, NeedParam, TownParam, TargetGroupParam, LanguageParam, FreeParam, WheelchairParam, OpenNowParam,
        LevelParam, CourseTypeParam, TimeOfDayParam, StartWeeksParam, ChildcareParam,
    ];

    private readonly Dictionary<string, string> _values = [];

    /// <summary>Parameters whose value was not understood; the list ignores them and says so.</summary>
    public List<string> Ignored { get; } = [];

    public string? Get(string param) => _values.GetValueOrDefault(param);

    public bool Has(string param) => _values.ContainsKey(param);

    public bool IsEmpty => _values.Count == 0;

    public IReadOnlyDictionary<string, string> Values => _values;

    public static DirectoryFilter Parse(IQueryCollection query, IReadOnlyDictionary<(string Taxonomy, string Key), TaxonomyTerm> terms)
    {
        var filter = new DirectoryFilter();
        foreach (var (param, taxonomy) in TermParams)
        {
            filter.Accept(query, param, v => terms.ContainsKey((taxonomy, v)));
        }

        foreach (var flag in new[] { FreeParam, WheelchairParam, OpenNowParam, ChildcareParam })
        {
            filter.Accept(query, flag, v => v == Yes);
        }

        filter.Accept(query, LevelParam, CourseData.Levels.Contains);
        filter.Accept(query, CourseTypeParam, CourseData.CourseTypes.Contains);
        filter.Accept(query, TimeOfDayParam, TimesOfDay.ContainsKey);
        filter.Accept(query, StartWeeksParam, v => int.TryParse(v, out var weeks) && StartWeeks.Contains(weeks));
        return filter;
    }

    /// <summary>
    /// Whether a published entry passes every active filter at the given moment. An entry with the
    /// town <paramref name="countyWideTown"/> (<see cref="Infrastructure.CountyOptions.WideTown"/>) serves every town.
    /// </summary>
    public bool Matches(PublishedEntry entry, DateTimeOffset now, TimeZoneInfo zone, DateOnly today, string countyWideTown)
    {
        var data = entry.Version.Data;
        if (Get(TopicParam) is { } topic && !data.Topics.Contains(topic)) return false;
        if (Get(NeedParam) is { } need && !data.Needs.Contains(need)) return false;
        if (Get(TargetGroupParam) is { } group && !data.TargetGroups.Contains(group)) return false;
        if (Get(LanguageParam) is { } language && !data.Languages.Contains(language)) return false;
        if (Get(TownParam) is { } town && !ServesTown(data, town, countyWideTown)) return false;
        if (Has(FreeParam) && data.FreeOfCharge != true) return false;
        if (Has(WheelchairParam) && data.WheelchairAccessible != true) return false;
        if (Has(OpenNowParam) && data.Schedule?.IsOpenAt(now, zone) != true) return false;
        var course = data.Course;
        if (Get(LevelParam) is { } level && course?.Level != level) return false;
        if (Get(CourseTypeParam) is { } courseType && course?.CourseType != courseType) return false;
        if (Get(TimeOfDayParam) is { } time && course?.TimeOfDay != TimesOfDay[time]) return false;
        if (Has(ChildcareParam) && course?.Childcare != true) return false;
        if (Get(StartWeeksParam) is { } weeks
            && !(course?.Starts is { } starts && starts >= today && starts <= today.AddDays(7 * int.Parse(weeks, System.Globalization.CultureInfo.InvariantCulture))))
        {
            return false;
        }

        return true;
    }

    /// <summary>The query string of this filter without <paramref name="param"/> (for "remove this filter" links).</summary>
    public string QueryWithout(string? param)
    {
        var rest = _values.Where(v => v.Key != param).Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value)}").ToList();
        return rest.Count == 0 ? "" : "?" + string.Join("&", rest);
    }

    /// <summary>An entry for the whole county serves every town; otherwise its towns and addresses count.</summary>
    private static bool ServesTown(ContentData data, string town, string countyWideTown) =>
        data.Towns.Contains(town) || (countyWideTown.Length > 0 && data.Towns.Contains(countyWideTown)) || data.Addresses.Any(a => a.Town == town);

    private void Accept(IQueryCollection query, string param, Func<string, bool> isValid)
    {
        var value = query[param].FirstOrDefault()?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.Length <= 80 && isValid(value))
        {
            _values[param] = value;
        }
        else
        {
            Ignored.Add(param);
        }
    }
}
