using System.Globalization;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.Editorial.Entries;

namespace Wegweiser.Web.Features.Sheets;

/// <summary>
/// The columns of a spreadsheet of one content type, written once for export and import: key,
/// version and stamp; every translatable field (and the slug) per culture as <c>field:culture</c>
/// (<c>title:de</c>, <c>title:en</c> …); then the language-independent data with the editor form's
/// field ids as names, in the form's text formats (lists of keys comma-separated, opening hours as
/// the form's lines, addresses one a line as <c>Name | Straße | PLZ | Ort</c>).
/// </summary>
public static class SheetColumns
{
    public const string Key = "key";
    public const string Version = "version";
    public const string Stamp = "stamp";
    public const string Slug = "slug";

    /// <summary>What separates the parts of an address in its cell.</summary>
    public const char AddressSeparator = '|';

    /// <summary>The translatable fields of <paramref name="type"/> with the slug after the title.</summary>
    public static IReadOnlyList<string> TextFields(ContentType type) =>
        [ContentFields.Title, Slug, .. ContentFields.For(type).Where(f => f != ContentFields.Title)];

    public static string TextColumn(string field, string culture) => $"{field}:{culture}";

    /// <summary>The data columns of <paramref name="type"/>, named like the editor form's fields.</summary>
    public static IReadOnlyList<string> DataFields(ContentType type)
    {
        var fields = new List<string>();
        if (type != ContentType.Organisation)
        {
            fields.Add("organisation");
        }

        fields.AddRange(["topics", "needs", "targetGroups", "towns", "languages", "freeOfCharge", "wheelchairAccessible"]);
        if (ContentTypes.Of(type).HasContact)
        {
            fields.AddRange(["phone", "email", "website", "addresses", "hours"]);
        }

        fields.AddRange(type switch
        {
            ContentType.Course => ["courseType", "level", "courseStarts", "courseEnds", "timeOfDay", "courseDays", "childcare", "freePlaces"],
            ContentType.Event => ["eventStarts", "eventEnds", "recurrence", "eventMonth"],
            ContentType.Club => ["clubCategory", "newcomersWelcome"],
            ContentType.VolunteerInitiative => ["internalName", "internalPhone", "internalEmail"],
            ContentType.GlossaryTerm => ["abbreviation"],
            _ => [],
        });
        return fields;
    }

    /// <summary>Every column, in order, for <paramref name="cultures"/> (German first).</summary>
    public static IReadOnlyList<string> All(ContentType type, IReadOnlyList<string> cultures) =>
    [
        Key, Version, Stamp,
        .. TextFields(type).SelectMany(field => cultures.Select(culture => TextColumn(field, culture))),
        .. DataFields(type),
    ];

    /// <summary>The values of an entry's latest version by column (plain text, not yet escaped for a spreadsheet).</summary>
    public static Dictionary<string, string> Values(ContentItem item, IReadOnlyList<string> cultures)
    {
        var latest = item.Latest;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Key] = item.Key,
            [Version] = latest.Number.ToString(CultureInfo.InvariantCulture),
            [Stamp] = Core.Workflow.VersionStamp.Of(latest),
        };
        foreach (var culture in cultures)
        {
            var translation = latest.Translation(culture);
            foreach (var field in TextFields(item.Type))
            {
                values[TextColumn(field, culture)] = (field == Slug ? translation?.Slug : translation?.Field(field)) ?? "";
            }
        }

        var input = EntryInput.From(item.Type, latest);
        foreach (var field in DataFields(item.Type))
        {
            values[field] = Read(input, field);
        }

        return values;
    }

    /// <summary>One data field of the form as its cell text.</summary>
    public static string Read(EntryInput input, string field) => field switch
    {
        "organisation" => input.Organisation ?? "",
        "topics" => string.Join(", ", input.Topics),
        "needs" => string.Join(", ", input.Needs),
        "targetGroups" => string.Join(", ", input.TargetGroups),
        "towns" => string.Join(", ", input.Towns),
        "languages" => string.Join(", ", input.Languages),
        "freeOfCharge" => input.FreeOfCharge ?? "",
        "wheelchairAccessible" => input.WheelchairAccessible ?? "",
        "phone" => input.Phone ?? "",
        "email" => input.Email ?? "",
        "website" => input.Website ?? "",
        "addresses" => string.Join("\n", input.Addresses.Where(a => !a.IsEmpty)
            .Select(a => string.Join($" {AddressSeparator} ", a.Name, a.Street, a.PostalCode, a.Town))),
        "hours" => input.Hours ?? "",
        "courseType" => input.CourseType ?? "",
        "level" => input.Level ?? "",
        "courseStarts" => input.CourseStarts ?? "",
        "courseEnds" => input.CourseEnds ?? "",
        "timeOfDay" => input.TimeOfDay ?? "",
        "courseDays" => string.Join(", ", input.CourseDays),
        "childcare" => input.Childcare ?? "",
        "freePlaces" => input.FreePlaces ?? "",
        "eventStarts" => input.EventStarts ?? "",
        "eventEnds" => input.EventEnds ?? "",
        "recurrence" => input.Recurrence ?? "",
        "eventMonth" => input.EventMonth ?? "",
        "clubCategory" => input.ClubCategory ?? "",
        "newcomersWelcome" => input.NewcomersWelcome ?? "",
        "internalName" => input.InternalName ?? "",
        "internalPhone" => input.InternalPhone ?? "",
        "internalEmail" => input.InternalEmail ?? "",
        "abbreviation" => input.Abbreviation ?? "",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "No such data column."),
    };
}
