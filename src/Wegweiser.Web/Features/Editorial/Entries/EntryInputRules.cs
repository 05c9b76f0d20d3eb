using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Wegweiser.Core.Content;
using Wegweiser.Core.Scheduling;
using Wegweiser.Core.Taxonomies;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>
/// Checks an <see cref="EntryInput"/> field by field and says, in German, what is wrong where.
/// Keys of the result are the form's field ids (see the form partial).
/// </summary>
public static partial class EntryInputRules
{
    public const int TitleMax = FieldLimits.Title;
    public const int LineMax = FieldLimits.Line;

    /// <summary>What the rules need to know about the site.</summary>
    public sealed record Context(
        ContentType Type,
        IReadOnlyDictionary<string, IReadOnlySet<string>> TermKeys,
        IReadOnlySet<string> OrganisationKeys,
        IReadOnlySet<string>? AllowedOrganisations);

    [GeneratedRegex(@"^[0-9]{5}$", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex PostalCodePattern();

    public static Dictionary<string, string> Validate(EntryInput input, Context context, IStringLocalizer t)
    {
        var errors = new Dictionary<string, string>();
        void Error(string field, string key, params object[] args) => errors.TryAdd(field, t[key, args]);

        if (string.IsNullOrWhiteSpace(input.Title))
        {
            Error("title", "Editor.Error.Title");
        }
        else if (input.Title.Trim().Length > TitleMax)
        {
            Error("title", "Editor.Error.TooLong", TitleMax);
        }

        if (!string.IsNullOrWhiteSpace(input.Slug) && !Slug.IsValid(input.Slug.Trim()))
        {
            Error("slug", "Editor.Error.Slug");
        }

        foreach (var (field, value) in input.Texts)
        {
            var max = FieldLimits.ForText(field);
            if (FieldLimits.TooLong(value, max))
            {
                Error($"text-{field}", "Editor.Error.TooLong", max);
            }
        }

        if (!string.IsNullOrWhiteSpace(input.Organisation) && !context.OrganisationKeys.Contains(input.Organisation))
        {
            Error("organisation", "Editor.Error.Unknown");
        }

        if (context.AllowedOrganisations is { } allowed && context.Type != ContentType.Organisation
            && (input.Organisation is null || !allowed.Contains(input.Organisation)))
        {
            Error("organisation", "Editor.Error.Organisation");
        }

        CheckTerms("topics", input.Topics, Taxonomy.Topic);
        CheckTerms("needs", input.Needs, Taxonomy.Need);
        CheckTerms("targetGroups", input.TargetGroups, Taxonomy.TargetGroup);
        CheckTerms("towns", input.Towns, Taxonomy.Town);
        CheckTerms("languages", input.Languages, Taxonomy.Language);

        CheckPhone("phone", input.Phone);
        CheckEmail("email", input.Email);
        if (!string.IsNullOrWhiteSpace(input.Website)
            && (FieldLimits.TooLong(input.Website, FieldLimits.Website) || !Uri.TryCreate(input.Website.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            Error("website", "Editor.Error.Website");
        }

        for (var i = 0; i < input.Addresses.Count; i++)
        {
            var a = input.Addresses[i];
            if (!string.IsNullOrWhiteSpace(a.PostalCode) && (a.PostalCode.Trim().Length != 5 || !PostalCodePattern().IsMatch(a.PostalCode.Trim())))
            {
                Error($"address-{i}-postalCode", "Editor.Error.PostalCode");
            }

            if (!string.IsNullOrWhiteSpace(a.Town) && !Known(Taxonomy.Town, a.Town))
            {
                Error($"address-{i}-town", "Editor.Error.Unknown");
            }

            if (FieldLimits.TooLong(a.Name, LineMax) || FieldLimits.TooLong(a.Street, LineMax))
            {
                Error($"address-{i}-street", "Editor.Error.TooLong", LineMax);
            }
        }

        if (FieldLimits.TooLong(input.Hours, FieldLimits.OtherText))
        {
            Error("hours", "Editor.Error.TooLong", FieldLimits.OtherText);
        }
        else if (ScheduleText.Parse(input.Hours).BadLines is { Count: > 0 } badLines)
        {
            Error("hours", "Editor.Error.Hours", string.Join(", ", badLines));
        }

        CheckYesNo("freeOfCharge", input.FreeOfCharge);
        CheckYesNo("wheelchairAccessible", input.WheelchairAccessible);

        switch (context.Type)
        {
            case ContentType.Course:
                CheckChoice("courseType", input.CourseType, CourseData.CourseTypes);
                CheckChoice("level", input.Level, CourseData.Levels);
                CheckChoice("timeOfDay", input.TimeOfDay, Enum.GetNames<Core.Content.TimeOfDay>());
                var starts = CheckDate("courseStarts", input.CourseStarts);
                var ends = CheckDate("courseEnds", input.CourseEnds);
                if (starts is { } s && ends is { } e && e < s)
                {
                    Error("courseEnds", "Editor.Error.EndBeforeStart");
                }

                if (!string.IsNullOrWhiteSpace(input.FreePlaces)
                    && !int.TryParse(input.FreePlaces.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    Error("freePlaces", "Editor.Error.Number");
                }

                CheckYesNo("childcare", input.Childcare);
                break;
            case ContentType.Event:
                var from = CheckDateTime("eventStarts", input.EventStarts);
                var to = CheckDateTime("eventEnds", input.EventEnds);
                if (from is { } f && to is { } u && u < f)
                {
                    Error("eventEnds", "Editor.Error.EndBeforeStart");
                }

                CheckChoice("recurrence", input.Recurrence, Enum.GetNames<Core.Content.Recurrence>());
                if (!string.IsNullOrWhiteSpace(input.EventMonth)
                    && (!int.TryParse(input.EventMonth, NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12))
                {
                    Error("eventMonth", "Editor.Error.Month");
                }

                break;
            case ContentType.Club:
                CheckChoice("clubCategory", input.ClubCategory, ClubData.Categories);
                CheckYesNo("newcomersWelcome", input.NewcomersWelcome);
                break;
            case ContentType.VolunteerInitiative:
                if (FieldLimits.TooLong(input.InternalName, LineMax))
                {
                    Error("internalName", "Editor.Error.TooLong", LineMax);
                }

                CheckPhone("internalPhone", input.InternalPhone);
                CheckEmail("internalEmail", input.InternalEmail);
                break;
            case ContentType.GlossaryTerm when FieldLimits.TooLong(input.Abbreviation, FieldLimits.Abbreviation):
                Error("abbreviation", "Editor.Error.TooLong", FieldLimits.Abbreviation);
                break;
        }

        return errors;

        bool Known(string taxonomy, string key) => context.TermKeys.TryGetValue(taxonomy, out var keys) && keys.Contains(key);

        void CheckTerms(string field, List<string> values, string taxonomy)
        {
            if (values.Any(v => !Known(taxonomy, v)))
            {
                Error(field, "Editor.Error.Unknown");
            }
        }

        void CheckPhone(string field, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value) && !PhoneNumber.IsValid(value))
            {
                Error(field, "Editor.Error.Phone");
            }
        }

        void CheckEmail(string field, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value) && !EmailAddress.IsValid(value))
            {
                Error(field, "Editor.Error.Email");
            }
        }

        void CheckYesNo(string field, string? value)
        {
            if (value is not (null or "" or "ja" or "nein"))
            {
                Error(field, "Editor.Error.Unknown");
            }
        }

        void CheckChoice(string field, string? value, IReadOnlyList<string> allowed)
        {
            if (!string.IsNullOrWhiteSpace(value) && !allowed.Contains(value))
            {
                Error(field, "Editor.Error.Unknown");
            }
        }

        DateOnly? CheckDate(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            var date = EntryInput.ParseDate(value);
            if (date is null)
            {
                Error(field, "Editor.Error.Date");
            }

            return date;
        }

        DateTime? CheckDateTime(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            var date = EntryInput.ParseDateTime(value);
            if (date is null)
            {
                Error(field, "Editor.Error.DateTime");
            }

            return date;
        }
    }
}
