using System.Globalization;
using Wegweiser.Core.Content;
using Wegweiser.Core.Content.Rules;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>
/// The form's fields that only some content types have: read as the form writes them (dates,
/// numbers), then checked with Core's rules of the type (<c>Wegweiser.Core.Content.Rules</c>).
/// </summary>
internal static class EntryTypeInputRules
{
    public static void Check(EntryInput input, ContentType type, EntryErrors errors)
    {
        switch (type)
        {
            case ContentType.Course:
                CheckCourse(input, errors);
                break;
            case ContentType.Event:
                CheckEvent(input, errors);
                break;
            case ContentType.Club:
                errors.Add("clubCategory", ClubRules.Category(input.ClubCategory));
                EntryInputRules.CheckYesNo(errors, "newcomersWelcome", input.NewcomersWelcome);
                break;
            case ContentType.VolunteerInitiative:
                errors.Add("internalName", VolunteerRules.InternalName(input.InternalName));
                errors.AddAsForm("internalPhone", VolunteerRules.InternalPhone(input.InternalPhone), ProblemKeys.Phone);
                errors.AddAsForm("internalEmail", VolunteerRules.InternalEmail(input.InternalEmail), ProblemKeys.Email);
                break;
            case ContentType.GlossaryTerm:
                errors.Add("abbreviation", GlossaryRules.Abbreviation(input.Abbreviation));
                break;
        }
    }

    private static void CheckCourse(EntryInput input, EntryErrors errors)
    {
        errors.Add("courseType", CourseRules.CourseType(input.CourseType));
        errors.Add("level", CourseRules.Level(input.Level));
        errors.Add("timeOfDay", CourseRules.TimeOfDay(input.TimeOfDay));
        var starts = Date(errors, "courseStarts", input.CourseStarts);
        var ends = Date(errors, "courseEnds", input.CourseEnds);
        errors.Add("courseEnds", CourseRules.Ends(starts, ends));
        if (!string.IsNullOrWhiteSpace(input.FreePlaces))
        {
            errors.Add("freePlaces", int.TryParse(input.FreePlaces.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var places)
                ? CourseRules.FreePlaces(places)
                : new FieldProblem(ProblemKeys.Number));
        }

        EntryInputRules.CheckYesNo(errors, "childcare", input.Childcare);
    }

    private static void CheckEvent(EntryInput input, EntryErrors errors)
    {
        var starts = DateAndTime(errors, "eventStarts", input.EventStarts);
        var ends = DateAndTime(errors, "eventEnds", input.EventEnds);
        errors.Add("eventEnds", EventRules.Ends(starts, ends));
        errors.Add("recurrence", EventRules.Recurrence(input.Recurrence));
        if (!string.IsNullOrWhiteSpace(input.EventMonth))
        {
            errors.Add("eventMonth", int.TryParse(input.EventMonth, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
                ? EventRules.Month(month)
                : new FieldProblem(ProblemKeys.Month));
        }
    }

    private static DateOnly? Date(EntryErrors errors, string field, string? value)
    {
        var date = EntryInput.ParseDate(value);
        if (date is null && !string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "Editor.Error.Date");
        }

        return date;
    }

    private static DateTime? DateAndTime(EntryErrors errors, string field, string? value)
    {
        var date = EntryInput.ParseDateTime(value);
        if (date is null && !string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "Editor.Error.DateTime");
        }

        return date;
    }
}
