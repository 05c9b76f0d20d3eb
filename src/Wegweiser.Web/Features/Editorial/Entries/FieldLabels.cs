using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Wegweiser.Core.History;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>Readable German names for the field paths of <see cref="VersionFields"/> ("de.title" → "Titel (Deutsch)").</summary>
public static partial class FieldLabels
{
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["organisation"] = "Detail.Organisation",
        ["topics"] = "Filter.Topic",
        ["needs"] = "Editor.Form.Needs",
        ["targetGroups"] = "Detail.TargetGroups",
        ["towns"] = "Detail.Towns",
        ["languages"] = "Detail.Languages",
        ["contact.phone"] = "Detail.Phone",
        ["contact.email"] = "Detail.Email",
        ["contact.website"] = "Detail.Website",
        ["schedule"] = "Detail.Hours",
        ["freeOfCharge"] = "Detail.FreeOfCharge",
        ["wheelchairAccessible"] = "Detail.Wheelchair",
        ["course.courseType"] = "Detail.CourseType",
        ["course.level"] = "Detail.Level",
        ["course.starts"] = "Detail.Starts",
        ["course.ends"] = "Detail.Ends",
        ["course.timeOfDay"] = "Detail.TimeOfDay",
        ["course.days"] = "Detail.Days",
        ["course.childcare"] = "Detail.Childcare",
        ["course.freePlaces"] = "Detail.FreePlaces",
        ["event.starts"] = "Detail.Starts",
        ["event.ends"] = "Detail.Ends",
        ["event.recurrence"] = "Editor.Form.Recurrence",
        ["event.month"] = "Editor.Form.Month",
        ["club.category"] = "Detail.ClubCategory",
        ["club.newcomersWelcome"] = "Detail.NewcomersWelcome",
        ["volunteer.internalContact.name"] = "Editor.Label.InternalName",
        ["volunteer.internalContact.phone"] = "Editor.Label.InternalPhone",
        ["volunteer.internalContact.email"] = "Editor.Label.InternalEmail",
        ["glossary.abbreviation"] = "Detail.Abbreviation",
        ["lastReviewed"] = "Editor.Label.LastReviewed",
        ["isSample"] = "Editor.Label.Sample",
        ["name"] = "Editor.Form.AddressName",
        ["street"] = "Editor.Form.Street",
        ["postalCode"] = "Editor.Form.PostalCode",
        ["town"] = "Filter.Town",
    };

    [GeneratedRegex(@"^addresses\[(\d+)\]\.(\w+)$")]
    private static partial Regex AddressField();

    public static string Of(string field, IStringLocalizer t)
    {
        if (VersionFields.IsText(field))
        {
            var dot = field.IndexOf('.', StringComparison.Ordinal);
            var (culture, name) = (field[..dot], field[(dot + 1)..]);
            var label = name == "slug" ? t["Translation.Slug"] : t[$"Translation.Field.{name}"];
            return $"{(label.ResourceNotFound ? name : label.Value)} ({SiteCultureInfo.Autonym(culture)})";
        }

        if (AddressField().Match(field) is { Success: true } address)
        {
            return $"{t["Editor.Form.Address", address.Groups[1].Value]}: {Of(address.Groups[2].Value, t)}";
        }

        return Keys.TryGetValue(field, out var key) ? t[key] : field;
    }
}
