namespace Wegweiser.Core.Content;

/// <summary>What a language or integration course has beyond the common fields.</summary>
public sealed class CourseData
{
    public static readonly IReadOnlyList<string> CourseTypes =
    [
        "Integrationskurs", "Berufssprachkurs", "Alphabetisierungskurs", "Jugendintegrationskurs",
        "Elternkurs", "Frauenkurs", "Sprachkurs", "Orientierungskurs",
    ];

    public static readonly IReadOnlyList<string> Levels = ["A1", "A2", "B1", "B2", "C1", "C2"];

    public string? CourseType { get; set; }

    public string? Level { get; set; }

    public DateOnly? Starts { get; set; }

    public DateOnly? Ends { get; set; }

    public TimeOfDay? TimeOfDay { get; set; }

    public List<DayOfWeek> Days { get; set; } = [];

    public bool? Childcare { get; set; }

    public int? FreePlaces { get; set; }
}
