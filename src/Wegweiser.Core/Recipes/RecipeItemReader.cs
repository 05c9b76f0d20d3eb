using System.Text.Json;
using Wegweiser.Core.Content;
using Wegweiser.Core.Content.Rules;
using Wegweiser.Core.Scheduling;
using Wegweiser.Core.Workflow;

namespace Wegweiser.Core.Recipes;

/// <summary>Reads one content item of a recipe's content step.</summary>
internal static class RecipeItemReader
{
    private static readonly string[] ItemFields =
    [
        "key", "type", "state", "organisation", "topics", "needs", "targetGroups", "towns", "languages", "contact",
        "addresses", "schedule", "freeOfCharge", "wheelchairAccessible", "lastReviewed", "sample", "course", "event",
        "club", "volunteer", "glossary", "translations",
    ];

    private static readonly Dictionary<string, ContentType> PartTypes = new()
    {
        ["course"] = ContentType.Course,
        ["event"] = ContentType.Event,
        ["club"] = ContentType.Club,
        ["volunteer"] = ContentType.VolunteerInitiative,
        ["glossary"] = ContentType.GlossaryTerm,
    };

    public static RecipeItem Read(JsonWalker w, JsonElement item, string path)
    {
        w.ExpectObject(item, path, ItemFields);
        var key = RecipeReader.RequiredKey(w, item, path);
        var type = w.RequiredEnum<ContentType>(item, "type", path);
        foreach (var (part, partType) in PartTypes)
        {
            if (w.Has(item, part) && partType != type)
            {
                throw w.Error($"{path}.{part}", $"only items of type {partType} have '{part}'; this item is a {type}.");
            }
        }

        var data = new ContentData
        {
            Organisation = w.OptionalString(item, "organisation", path),
            Topics = w.StringArray(item, "topics", path),
            Needs = w.StringArray(item, "needs", path),
            TargetGroups = w.StringArray(item, "targetGroups", path),
            Towns = w.StringArray(item, "towns", path),
            Languages = w.StringArray(item, "languages", path),
            Contact = RecipeContactReader.ReadContact(w, item, path),
            Addresses = w.Array(item, "addresses", path).Select(a => RecipeContactReader.ReadAddress(w, a.Element, a.Path)).ToList(),
            Schedule = w.Has(item, "schedule") ? ReadSchedule(w, item.GetProperty("schedule"), $"{path}.schedule") : null,
            FreeOfCharge = w.OptionalBool(item, "freeOfCharge", path),
            WheelchairAccessible = w.OptionalBool(item, "wheelchairAccessible", path),
            IsSample = w.OptionalBool(item, "sample", path) ?? false,
            Course = w.Has(item, "course") ? ReadCourse(w, item.GetProperty("course"), $"{path}.course") : null,
            Event = w.Has(item, "event") ? ReadEvent(w, item.GetProperty("event"), $"{path}.event") : null,
            Club = w.Has(item, "club") ? ReadClub(w, item.GetProperty("club"), $"{path}.club") : null,
            Volunteer = w.Has(item, "volunteer") ? RecipeContactReader.ReadVolunteer(w, item.GetProperty("volunteer"), $"{path}.volunteer") : null,
            Glossary = w.Has(item, "glossary") ? ReadGlossary(w, item.GetProperty("glossary"), $"{path}.glossary") : null,
        };

        return new RecipeItem
        {
            Location = new RecipeLocation(w.File, path),
            Key = key,
            Type = type,
            State = w.OptionalEnum<WorkflowState>(item, "state", path) ?? WorkflowState.Draft,
            LastReviewed = w.OptionalDate(item, "lastReviewed", path),
            Data = data,
            Translations = ReadTranslations(w, item, path, type),
        };
    }

    private static Dictionary<string, RecipeTranslation> ReadTranslations(JsonWalker w, JsonElement item, string path, ContentType type)
    {
        if (!item.TryGetProperty("translations", out var translations) || translations.ValueKind != JsonValueKind.Object)
        {
            throw w.Error($"{path}.translations", "is required: an object with at least the German text (\"de\").");
        }

        var allowed = ContentFields.For(type).Append("slug").Append("machineTranslated").ToArray();
        var result = new Dictionary<string, RecipeTranslation>();
        foreach (var culture in translations.EnumerateObject())
        {
            var tPath = $"{path}.translations.{culture.Name}";
            if (culture.Name.Length is < 2 or > 3 || !culture.Name.All(char.IsAsciiLetterLower))
            {
                throw w.Error(tPath, $"'{culture.Name}' is not a culture code such as de, en or ar.");
            }

            w.ExpectObject(culture.Value, tPath, allowed);
            var slug = w.RequiredString(culture.Value, "slug", tPath);
            if (!Slug.IsValid(slug))
            {
                throw w.Error($"{tPath}.slug", $"'{slug}' is not a valid slug (lowercase letters, digits and single '-').");
            }

            var fields = new Dictionary<string, string>();
            foreach (var field in ContentFields.For(type).Where(f => f != ContentFields.Title))
            {
                var value = w.OptionalString(culture.Value, field, tPath);
                RecipeFieldRules.Check(w, $"{tPath}.{field}", null, TextRules.Text(field, value));
                if (!string.IsNullOrWhiteSpace(value))
                {
                    fields[field] = value;
                }
            }

            var machineTranslated = w.OptionalBool(culture.Value, "machineTranslated", tPath) ?? false;
            if (machineTranslated && culture.Name == Cultures.Source)
            {
                throw w.Error($"{tPath}.machineTranslated", "the German text is the source; it cannot be machine-translated.");
            }

            var title = w.RequiredString(culture.Value, "title", tPath);
            RecipeFieldRules.Check(w, $"{tPath}.title", title, TextRules.Title(title));
            result[culture.Name] = new RecipeTranslation
            {
                Slug = slug, Title = title, Fields = fields, MachineTranslated = machineTranslated,
            };
        }

        return result.ContainsKey(Cultures.Source)
            ? result
            : throw w.Error($"{path}.translations.de", "the German text is required.");
    }

    private static Schedule ReadSchedule(JsonWalker w, JsonElement s, string p)
    {
        w.ExpectObject(s, p, "weekly", "monthly", "exceptions");
        var schedule = new Schedule();
        foreach (var (e, ep) in w.Array(s, "weekly", p))
        {
            w.ExpectObject(e, ep, "days", "from", "to");
            var days = w.Array(e, "days", ep, required: true).Select(d => ParseDay(w, d.Element, d.Path)).ToList();
            var (from, to) = ReadSpan(w, e, ep);
            schedule.Weekly.Add(new WeeklyOpening { Days = days, From = from, To = to });
        }

        foreach (var (e, ep) in w.Array(s, "monthly", p))
        {
            w.ExpectObject(e, ep, "ordinal", "day", "from", "to");
            var ordinal = w.OptionalInt(e, "ordinal", ep, -1, 4) ?? throw w.Error($"{ep}.ordinal", "is required (1–4 or -1 for the last).");
            if (ordinal == 0)
            {
                throw w.Error($"{ep}.ordinal", "0 is not allowed: use 1–4, or -1 for the last.");
            }

            var (from, to) = ReadSpan(w, e, ep);
            schedule.Monthly.Add(new MonthlyRule { Ordinal = ordinal, Day = w.RequiredEnum<DayOfWeek>(e, "day", ep), From = from, To = to });
        }

        foreach (var (e, ep) in w.Array(s, "exceptions", p))
        {
            w.ExpectObject(e, ep, "date", "closed", "from", "to");
            var date = w.OptionalDate(e, "date", ep) ?? throw w.Error($"{ep}.date", "is required.");
            var closed = w.OptionalBool(e, "closed", ep) ?? false;
            var exception = new ScheduleException { Date = date, Closed = closed };
            if (!closed)
            {
                (exception.From, exception.To) = ReadSpan(w, e, ep);
            }

            schedule.Exceptions.Add(exception);
        }

        return schedule;
    }

    private static (TimeOnly From, TimeOnly To) ReadSpan(JsonWalker w, JsonElement e, string p)
    {
        var from = w.RequiredTime(e, "from", p);
        var to = w.RequiredTime(e, "to", p);
        return to > from ? (from, to) : throw w.Error($"{p}.to", $"{to:HH\\:mm} must be later than {from:HH\\:mm}.");
    }

    private static DayOfWeek ParseDay(JsonWalker w, JsonElement d, string p) =>
        d.ValueKind == JsonValueKind.String && Enum.TryParse<DayOfWeek>(d.GetString(), false, out var day) && !int.TryParse(d.GetString(), out _)
            ? day
            : throw w.Error(p, $"{d.GetRawText()} is not a weekday (Monday … Sunday).");

    private static CourseData ReadCourse(JsonWalker w, JsonElement c, string p)
    {
        w.ExpectObject(c, p, "courseType", "level", "starts", "ends", "timeOfDay", "days", "childcare", "freePlaces");
        var course = new CourseData
        {
            CourseType = w.OptionalChoice(c, "courseType", p, CourseData.CourseTypes),
            Level = w.OptionalChoice(c, "level", p, CourseData.Levels),
            Starts = w.OptionalDate(c, "starts", p),
            Ends = w.OptionalDate(c, "ends", p),
            TimeOfDay = w.OptionalEnum<TimeOfDay>(c, "timeOfDay", p),
            Days = w.Array(c, "days", p).Select(d => ParseDay(w, d.Element, d.Path)).ToList(),
            Childcare = w.OptionalBool(c, "childcare", p),
            FreePlaces = w.OptionalInt(c, "freePlaces", p, 0, CourseRules.MaxFreePlaces),
        };
        return CourseRules.Ends(course.Starts, course.Ends) is not null && course is { Starts: { } s, Ends: { } e }
            ? throw w.Error($"{p}.ends", $"the course ends ({e:yyyy-MM-dd}) before it starts ({s:yyyy-MM-dd}).")
            : course;
    }

    private static EventData ReadEvent(JsonWalker w, JsonElement e, string p)
    {
        w.ExpectObject(e, p, "starts", "ends", "recurrence", "month");
        var data = new EventData
        {
            Starts = w.OptionalLocalDateTime(e, "starts", p),
            Ends = w.OptionalLocalDateTime(e, "ends", p),
            Recurrence = w.OptionalChoice(e, "recurrence", p, ["none", "yearly", "monthly"]) switch
            {
                "yearly" => Recurrence.Yearly,
                "monthly" => Recurrence.Monthly,
                _ => Recurrence.None,
            },
            Month = w.OptionalInt(e, "month", p, 1, 12),
        };
        return EventRules.Ends(data.Starts, data.Ends) is not null
            ? throw w.Error($"{p}.ends", "the event ends before it starts.")
            : data;
    }

    private static ClubData ReadClub(JsonWalker w, JsonElement c, string p)
    {
        w.ExpectObject(c, p, "category", "newcomersWelcome");
        return new ClubData
        {
            Category = w.OptionalChoice(c, "category", p, ClubData.Categories),
            NewcomersWelcome = w.OptionalBool(c, "newcomersWelcome", p),
        };
    }

    private static GlossaryData ReadGlossary(JsonWalker w, JsonElement g, string p)
    {
        w.ExpectObject(g, p, "abbreviation");
        var abbreviation = w.OptionalString(g, "abbreviation", p);
        RecipeFieldRules.Check(w, $"{p}.abbreviation", abbreviation, GlossaryRules.Abbreviation(abbreviation));
        return new GlossaryData { Abbreviation = abbreviation };
    }
}
