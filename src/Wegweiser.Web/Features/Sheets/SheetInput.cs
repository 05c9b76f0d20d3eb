using Wegweiser.Web.Features.Editorial.Entries;

namespace Wegweiser.Web.Features.Sheets;

/// <summary>
/// Writes the data cells of a row into the editor form's model (<see cref="EntryInput"/>), the
/// reverse of <see cref="SheetColumns.Read"/>. What the form's rules check is left to them; only
/// the cell formats of the sheet (lists, addresses, days) are read here.
/// </summary>
public static class SheetInput
{
    /// <summary>Sets <paramref name="field"/>; a resource key when the cell cannot be read, else null.</summary>
    public static string? Write(EntryInput input, string field, string value)
    {
        switch (field)
        {
            case "organisation": input.Organisation = value; break;
            case "topics": input.Topics = List(value); break;
            case "needs": input.Needs = List(value); break;
            case "targetGroups": input.TargetGroups = List(value); break;
            case "towns": input.Towns = List(value); break;
            case "languages": input.Languages = List(value); break;
            case "freeOfCharge": input.FreeOfCharge = value; break;
            case "wheelchairAccessible": input.WheelchairAccessible = value; break;
            case "phone": input.Phone = value; break;
            case "email": input.Email = value; break;
            case "website": input.Website = value; break;
            case "addresses": return Addresses(input, value);
            case "hours": input.Hours = value; break;
            case "courseType": input.CourseType = value; break;
            case "level": input.Level = value; break;
            case "courseStarts": input.CourseStarts = value; break;
            case "courseEnds": input.CourseEnds = value; break;
            case "timeOfDay": input.TimeOfDay = value; break;
            case "courseDays": return Days(input, value);
            case "childcare": input.Childcare = value; break;
            case "freePlaces": input.FreePlaces = value; break;
            case "eventStarts": input.EventStarts = value; break;
            case "eventEnds": input.EventEnds = value; break;
            case "recurrence": input.Recurrence = value; break;
            case "eventMonth": input.EventMonth = value; break;
            case "clubCategory": input.ClubCategory = value; break;
            case "newcomersWelcome": input.NewcomersWelcome = value; break;
            case "internalName": input.InternalName = value; break;
            case "internalPhone": input.InternalPhone = value; break;
            case "internalEmail": input.InternalEmail = value; break;
            case "abbreviation": input.Abbreviation = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "No such data column.");
        }

        return null;
    }

    /// <summary>The sheet's column of a form field id ("address-0-street" → "addresses").</summary>
    public static string ColumnOf(string formField) => formField switch
    {
        "title" => SheetColumns.TextColumn(Core.Content.ContentFields.Title, Core.Content.Cultures.Source),
        "slug" => SheetColumns.TextColumn(SheetColumns.Slug, Core.Content.Cultures.Source),
        _ when formField.StartsWith("text-", StringComparison.Ordinal) => SheetColumns.TextColumn(formField[5..], Core.Content.Cultures.Source),
        _ when formField.StartsWith("address-", StringComparison.Ordinal) => "addresses",
        _ => formField,
    };

    private static List<string> List(string value) =>
        [.. value.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string? Addresses(EntryInput input, string value)
    {
        var addresses = new List<EntryInput.AddressInput>();
        foreach (var line in value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(SheetColumns.AddressSeparator, StringSplitOptions.TrimEntries);
            if (parts.Length != 4)
            {
                return "Sheets.Error.Address";
            }

            addresses.Add(new EntryInput.AddressInput { Name = parts[0], Street = parts[1], PostalCode = parts[2], Town = parts[3] });
        }

        input.Addresses = addresses;
        return null;
    }

    private static string? Days(EntryInput input, string value)
    {
        var days = new List<DayOfWeek>();
        foreach (var name in List(value))
        {
            if (!Enum.TryParse<DayOfWeek>(name, ignoreCase: true, out var day) || !Enum.IsDefined(day) || int.TryParse(name, out _))
            {
                return "Sheets.Error.Days";
            }

            days.Add(day);
        }

        input.CourseDays = days;
        return null;
    }
}
