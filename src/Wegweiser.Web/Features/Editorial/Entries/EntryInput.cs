using System.Globalization;
using Wegweiser.Core.Content;
using Wegweiser.Core.Scheduling;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>
/// The edit form of an entry, German texts and language-independent data, kept as typed (strings)
/// so a form with mistakes comes back with everything the editor wrote.
/// </summary>
public sealed class EntryInput
{
    public string? Key { get; set; }

    public string? Title { get; set; }

    public string? Slug { get; set; }

    /// <summary>The other German texts by field name (summary, body, cost, registration …).</summary>
    public Dictionary<string, string?> Texts { get; set; } = [];

    public string? Organisation { get; set; }

    public List<string> Topics { get; set; } = [];

    public List<string> Needs { get; set; } = [];

    public List<string> TargetGroups { get; set; } = [];

    public List<string> Towns { get; set; } = [];

    public List<string> Languages { get; set; } = [];

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public List<AddressInput> Addresses { get; set; } = [];

    /// <summary>Opening hours as text lines (see <see cref="ScheduleText"/>).</summary>
    public string? Hours { get; set; }

    /// <summary>"ja", "nein" or empty (not known).</summary>
    public string? FreeOfCharge { get; set; }

    public string? WheelchairAccessible { get; set; }

    public string? CourseType { get; set; }

    public string? Level { get; set; }

    public string? CourseStarts { get; set; }

    public string? CourseEnds { get; set; }

    public string? TimeOfDay { get; set; }

    public List<DayOfWeek> CourseDays { get; set; } = [];

    public string? Childcare { get; set; }

    public string? FreePlaces { get; set; }

    public string? EventStarts { get; set; }

    public string? EventEnds { get; set; }

    public string? Recurrence { get; set; }

    public string? EventMonth { get; set; }

    public string? ClubCategory { get; set; }

    public string? NewcomersWelcome { get; set; }

    public string? InternalName { get; set; }

    public string? InternalPhone { get; set; }

    public string? InternalEmail { get; set; }

    public string? Abbreviation { get; set; }

    /// <summary>A typo fix that keeps the translations current.</summary>
    public bool MinorEdit { get; set; }

    /// <summary>Which state of the entry the form was filled from (see <see cref="StampOf"/>), to notice a change by someone else.</summary>
    public string? Stamp { get; set; }

    public static string StampOf(ContentVersion latest) =>
        $"{latest.Number}-{latest.ModifiedUtc.Ticks.ToString(CultureInfo.InvariantCulture)}";

    public sealed class AddressInput
    {
        public string? Name { get; set; }

        public string? Street { get; set; }

        public string? PostalCode { get; set; }

        public string? Town { get; set; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Street) && string.IsNullOrWhiteSpace(PostalCode) && string.IsNullOrWhiteSpace(Town);
    }

    /// <summary>The form filled from a version (or empty for a new entry), with one empty address row to add.</summary>
    public static EntryInput From(ContentType type, ContentVersion? version)
    {
        var input = new EntryInput();
        var german = version?.Translation(Cultures.Source);
        input.Title = german?.Title;
        input.Slug = german?.Slug;
        foreach (var field in ContentFields.For(type).Where(f => f != ContentFields.Title))
        {
            input.Texts[field] = german?.Field(field);
        }

        var d = version?.Data ?? new ContentData();
        input.Organisation = d.Organisation;
        input.Topics = [.. d.Topics];
        input.Needs = [.. d.Needs];
        input.TargetGroups = [.. d.TargetGroups];
        input.Towns = [.. d.Towns];
        input.Languages = [.. d.Languages];
        input.Phone = d.Contact?.Phone;
        input.Email = d.Contact?.Email;
        input.Website = d.Contact?.Website;
        input.Addresses = d.Addresses.Select(a => new AddressInput { Name = a.Name, Street = a.Street, PostalCode = a.PostalCode, Town = a.Town }).ToList();
        input.Hours = ScheduleText.Format(d.Schedule);
        input.FreeOfCharge = YesNo(d.FreeOfCharge);
        input.WheelchairAccessible = YesNo(d.WheelchairAccessible);
        if (d.Course is { } c)
        {
            input.CourseType = c.CourseType;
            input.Level = c.Level;
            input.CourseStarts = c.Starts?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            input.CourseEnds = c.Ends?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            input.TimeOfDay = c.TimeOfDay?.ToString();
            input.CourseDays = [.. c.Days];
            input.Childcare = YesNo(c.Childcare);
            input.FreePlaces = c.FreePlaces?.ToString(CultureInfo.InvariantCulture);
        }

        if (d.Event is { } e)
        {
            input.EventStarts = e.Starts?.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
            input.EventEnds = e.Ends?.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
            input.Recurrence = e.Recurrence.ToString();
            input.EventMonth = e.Month?.ToString(CultureInfo.InvariantCulture);
        }

        input.ClubCategory = d.Club?.Category;
        input.NewcomersWelcome = YesNo(d.Club?.NewcomersWelcome);
        input.InternalName = d.Volunteer?.InternalContact?.Name;
        input.InternalPhone = d.Volunteer?.InternalContact?.Phone;
        input.InternalEmail = d.Volunteer?.InternalContact?.Email;
        input.Abbreviation = d.Glossary?.Abbreviation;
        input.Stamp = version is null ? null : StampOf(version);
        return input.WithEmptyAddressRow();
    }

    /// <summary>Adds one empty address row so the form can take a further address.</summary>
    public EntryInput WithEmptyAddressRow()
    {
        Addresses.RemoveAll(a => a.IsEmpty);
        Addresses.Add(new AddressInput());
        return this;
    }

    /// <summary>
    /// Writes the (validated) form into <paramref name="version"/>: the German texts and the data
    /// of <paramref name="type"/>. Parts of other types are left out; unknown data (sample flag) stays.
    /// </summary>
    public void ApplyTo(ContentVersion version, ContentType type)
    {
        var fields = ContentFields.For(type).Where(f => f != ContentFields.Title)
            .ToDictionary(f => f, f => Texts.GetValueOrDefault(f)?.Trim() ?? "");
        version.SetTranslation(Cultures.Source, Slug!, Title!.Trim(), fields, MinorEdit);

        var d = version.Data;
        d.Organisation = Clean(Organisation);
        d.Topics = Keep(d.Topics, Topics);
        d.Needs = Keep(d.Needs, Needs);
        d.TargetGroups = Keep(d.TargetGroups, TargetGroups);
        d.Towns = Keep(d.Towns, Towns);
        d.Languages = Keep(d.Languages, Languages);
        var contact = new ContactData { Phone = Clean(Phone), Email = Clean(Email), Website = Clean(Website) };
        d.Contact = contact.IsEmpty ? null : contact;
        d.Addresses = Addresses.Where(a => !a.IsEmpty)
            .Select(a => new Address { Name = Clean(a.Name), Street = Clean(a.Street), PostalCode = Clean(a.PostalCode), Town = Clean(a.Town) }).ToList();
        d.Schedule = ScheduleText.Parse(Hours).Schedule;
        d.FreeOfCharge = FromYesNo(FreeOfCharge);
        d.WheelchairAccessible = FromYesNo(WheelchairAccessible);
        d.Course = type != ContentType.Course ? null : new CourseData
        {
            CourseType = Clean(CourseType),
            Level = Clean(Level),
            Starts = ParseDate(CourseStarts),
            Ends = ParseDate(CourseEnds),
            TimeOfDay = Enum.TryParse<Core.Content.TimeOfDay>(TimeOfDay, out var tod) ? tod : null,
            Days = CourseDays.Distinct().ToList(),
            Childcare = FromYesNo(Childcare),
            FreePlaces = int.TryParse(FreePlaces, NumberStyles.None, CultureInfo.InvariantCulture, out var places) ? places : null,
        };
        var eventData = new EventData
        {
            Starts = ParseDateTime(EventStarts),
            Ends = ParseDateTime(EventEnds),
            Recurrence = Enum.TryParse<Core.Content.Recurrence>(Recurrence, out var rec) ? rec : Core.Content.Recurrence.None,
            Month = int.TryParse(EventMonth, NumberStyles.None, CultureInfo.InvariantCulture, out var month) ? month : null,
        };
        var noDates = eventData is { Starts: null, Ends: null, Month: null, Recurrence: Core.Content.Recurrence.None };
        d.Event = type != ContentType.Event || noDates ? null : eventData;
        d.Club = type != ContentType.Club ? null : new ClubData { Category = Clean(ClubCategory), NewcomersWelcome = FromYesNo(NewcomersWelcome) };
        var internalContact = new InternalContact { Name = Clean(InternalName), Phone = Clean(InternalPhone), Email = Clean(InternalEmail) };
        d.Volunteer = type != ContentType.VolunteerInitiative ? null : new VolunteerData
        {
            InternalContact = internalContact.Name is null && internalContact.Phone is null && internalContact.Email is null ? null : internalContact,
        };
        d.Glossary = type != ContentType.GlossaryTerm || Clean(Abbreviation) is not { } abbreviation ? null : new GlossaryData { Abbreviation = abbreviation };
        version.UpdateDerived(type);
    }

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), ["yyyy-MM-dd", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static DateTime? ParseDateTime(string? text) =>
        DateTime.TryParseExact(text?.Trim(), ["yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm", "d.M.yyyy H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? DateTime.SpecifyKind(value, DateTimeKind.Unspecified)
            : null;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The chosen keys; those chosen before keep their order (the form lists them in taxonomy order), new ones follow.</summary>
    private static List<string> Keep(List<string> before, IEnumerable<string> chosen)
    {
        var wanted = chosen.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).ToList();
        return [.. before.Where(wanted.Contains), .. wanted.Where(v => !before.Contains(v))];
    }

    private static string? YesNo(bool? value) => value switch { true => "ja", false => "nein", null => "" };

    private static bool? FromYesNo(string? value) => value switch { "ja" => true, "nein" => false, _ => null };
}
