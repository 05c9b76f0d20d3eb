using System.Globalization;
using System.Text;
using System.Text.Json;
using Wegweiser.Bench.Words;
using Wegweiser.Core.Content;

namespace Wegweiser.ScaleSite;

/// <summary>
/// Writes generated, published recipe items of every public type in the seven cultures of the
/// word pools. Item <c>i</c> depends only on the seed and <c>i</c>. The first tenth are
/// organisations, which the other entries name as responsible. Contact data is invented in the
/// demo recipe's way: <c>+49 000 …</c> numbers and <c>example.org</c> addresses.
/// </summary>
internal sealed class ScaleItemGenerator(int count, int seed, DateOnly today)
{
    private static readonly (ContentType Type, int Weight)[] Mix =
    [
        (ContentType.Service, 35), (ContentType.Course, 20), (ContentType.Club, 15), (ContentType.VolunteerInitiative, 10),
        (ContentType.Event, 12), (ContentType.GlossaryTerm, 8),
    ];

    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private readonly int _organisations = Math.Max(1, count / 10);

    public static string Key(int i) => $"scale-{i + 1:D6}";

    public void WriteItem(Utf8JsonWriter json, int i)
    {
        var random = new Random(HashCode.Combine(seed, i));
        var type = i < _organisations ? ContentType.Organisation : PickType(random);
        var offers = WordPools.Offers.Where(o => o.Type == (type == ContentType.GlossaryTerm ? ContentType.Service : type)).ToList();
        var offer = offers[random.Next(offers.Count)].Names;
        var town = WordPools.Towns[random.Next(WordPools.Towns.Count)];
        var topic = WordPools.Topics[random.Next(WordPools.Topics.Count)];
        var audience = random.Next(WordPools.Audiences.Count);
        var slots = new Slots(offer, WordPools.Audiences[audience], town.Names, topic.Names, WordPools.Days[random.Next(WordPools.Days.Count)]);

        json.WriteStartObject();
        json.WriteString("key", Key(i));
        json.WriteString("type", type.ToString());
        json.WriteString("state", "Published");
        json.WriteBoolean("sample", true);
        if (type is not (ContentType.Organisation or ContentType.GlossaryTerm))
        {
            json.WriteString("organisation", Key(random.Next(_organisations)));
        }

        Strings(json, "topics", topic.Key);
        Strings(json, "towns", town.Key);
        if (type != ContentType.GlossaryTerm)
        {
            Strings(json, "targetGroups", ScaleTexts.TargetGroups[audience]);
            Strings(json, "needs", ScaleTexts.NeedOfTopic[topic.Key]);
            Strings(json, "languages", new[] { "de" }.Concat(ScaleTexts.SpokenLanguages.OrderBy(_ => random.Next()).Take(random.Next(4))).ToArray());
            WriteContactAndPlace(json, random, i, town.Key, offer[1]);
            json.WriteBoolean("freeOfCharge", random.Next(3) > 0);
            json.WriteBoolean("wheelchairAccessible", random.Next(2) == 0);
            json.WriteString("lastReviewed", today.AddDays(-random.Next(300)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        var days = WriteTypePart(json, random, type, offer[0]);
        if (type is not (ContentType.Event or ContentType.GlossaryTerm))
        {
            WriteSchedule(json, random, days);
        }

        WriteTranslations(json, random, i, type, slots);
        json.WriteEndObject();
    }

    private static ContentType PickType(Random random)
    {
        var roll = random.Next(Mix.Sum(m => m.Weight));
        foreach (var (type, weight) in Mix)
        {
            if ((roll -= weight) < 0)
            {
                return type;
            }
        }

        return ContentType.Service;
    }

    private static void WriteContactAndPlace(Utf8JsonWriter json, Random random, int i, string town, string englishOffer)
    {
        var host = Fold(englishOffer).Replace("-", string.Empty, StringComparison.Ordinal);
        json.WriteStartObject("contact");
        json.WriteString("phone", $"+49 000 {random.Next(1_000_000, 9_999_999)}");
        json.WriteString("email", $"kontakt-{i + 1}@{host}.example.org");
        if (random.Next(3) > 0)
        {
            json.WriteString("website", $"https://{host}-{i + 1}.example.org");
        }

        json.WriteEndObject();
        json.WriteStartArray("addresses");
        json.WriteStartObject();
        json.WriteString("street", $"{ScaleTexts.Streets[random.Next(ScaleTexts.Streets.Length)]} {1 + random.Next(80)}");
        json.WriteString("postalCode", ScaleTexts.PostalCodes[town]);
        json.WriteString("town", town);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>Writes the course, event, club, volunteer or glossary part; returns the weekdays it meets on.</summary>
    private DayOfWeek[] WriteTypePart(Utf8JsonWriter json, Random random, ContentType type, string germanOffer)
    {
        var days = Weekdays.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).Order().ToArray();
        switch (type)
        {
            case ContentType.Course:
                var starts = today.AddDays(7 + random.Next(240));
                json.WriteStartObject("course");
                if (ScaleTexts.Courses.TryGetValue(germanOffer, out var course))
                {
                    json.WriteString("courseType", course.Type);
                    if (course.Level)
                    {
                        json.WriteString("level", CourseData.Levels[random.Next(4)]);
                    }
                }

                json.WriteString("starts", starts.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("ends", starts.AddDays(30 + random.Next(150)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("timeOfDay", new[] { "morning", "afternoon", "evening" }[random.Next(3)]);
                Strings(json, "days", days.Select(d => d.ToString()).ToArray());
                json.WriteBoolean("childcare", random.Next(3) == 0);
                json.WriteNumber("freePlaces", random.Next(16));
                json.WriteEndObject();
                break;
            case ContentType.Event:
                var start = today.AddDays(3 + random.Next(300)).ToDateTime(new TimeOnly(10 + random.Next(9), random.Next(2) * 30));
                json.WriteStartObject("event");
                json.WriteString("starts", start.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
                json.WriteString("ends", start.AddHours(2 + random.Next(4)).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
                json.WriteString("recurrence", random.Next(10) == 0 ? "yearly" : "none");
                json.WriteEndObject();
                break;
            case ContentType.Club:
                json.WriteStartObject("club");
                json.WriteString("category", ScaleTexts.ClubCategories.GetValueOrDefault(germanOffer, "sonstiges"));
                json.WriteBoolean("newcomersWelcome", random.Next(5) > 0);
                json.WriteEndObject();
                break;
            case ContentType.VolunteerInitiative:
                json.WriteStartObject("volunteer");
                json.WriteStartObject("internalContact");
                json.WriteString("name", "Koordination Ehrenamt");
                json.WriteString("phone", $"+49 000 {random.Next(1_000_000, 9_999_999)}");
                json.WriteString("email", "ehrenamt@koordination.example.org");
                json.WriteEndObject();
                json.WriteEndObject();
                break;
            case ContentType.GlossaryTerm when random.Next(3) == 0:
                json.WriteStartObject("glossary");
                json.WriteString("abbreviation", new string(germanOffer.Where(char.IsUpper).Append(germanOffer[1]).ToArray()).ToUpperInvariant());
                json.WriteEndObject();
                break;
        }

        return days;
    }

    private static void WriteSchedule(Utf8JsonWriter json, Random random, DayOfWeek[] days)
    {
        json.WriteStartObject("schedule");
        json.WriteStartArray("weekly");
        var morning = random.Next(2) == 0;
        Opening(json, days, morning ? "09:00" : "14:00", morning ? "12:00" : "17:30");
        if (random.Next(3) == 0)
        {
            Opening(json, [DayOfWeek.Thursday], "15:00", "18:00");
        }

        json.WriteEndArray();
        if (random.Next(4) == 0)
        {
            json.WriteStartArray("monthly");
            json.WriteStartObject();
            json.WriteNumber("ordinal", random.Next(5) == 0 ? -1 : 1 + random.Next(4));
            json.WriteString("day", Weekdays[random.Next(Weekdays.Length)].ToString());
            json.WriteString("from", "18:00");
            json.WriteString("to", "20:00");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void Opening(Utf8JsonWriter json, DayOfWeek[] days, string from, string to)
    {
        json.WriteStartObject();
        Strings(json, "days", days.Select(d => d.ToString()).ToArray());
        json.WriteString("from", from);
        json.WriteString("to", to);
        json.WriteEndObject();
    }

    private void WriteTranslations(Utf8JsonWriter json, Random random, int i, ContentType type, Slots slots)
    {
        var title = random.Next(3);
        var summary = random.Next(3);
        var sentences = Enumerable.Range(0, 4 + random.Next(5)).Select(_ => random.Next(1000)).ToArray();
        var free = random.Next(3) > 0;
        var date = today.AddDays(3 + random.Next(300));
        json.WriteStartObject("translations");
        for (var c = 0; c < WordPools.Cultures.Length; c++)
        {
            var culture = WordPools.Cultures[c];
            var titleText = type == ContentType.GlossaryTerm ? Capital(slots.Offer[c], c) : slots.Fill(WordPools.Titles[culture][title], c);
            var slugSource = culture switch
            {
                "de" or "tr" => titleText,
                _ => type == ContentType.GlossaryTerm ? slots.Offer[1] : slots.Fill(WordPools.Titles["en"][title], 1),
            };
            json.WriteStartObject(culture);
            json.WriteString("slug", $"{Fold(slugSource)[..Math.Min(90, Fold(slugSource).Length)].TrimEnd('-')}-{i + 1}");
            json.WriteString("title", titleText);
            json.WriteString("summary", slots.Fill(WordPools.Summaries[culture][summary], c));
            var pool = WordPools.Sentences[culture];
            var body = new StringBuilder();
            for (var s = 0; s < sentences.Length; s++)
            {
                body.Append(slots.Fill(pool[sentences[s] % pool.Length], c)).Append(s == sentences.Length / 2 ? "\n\n" : " ");
            }

            json.WriteString("body", body.ToString().TrimEnd());
            switch (type)
            {
                case ContentType.Service:
                    json.WriteString("cost", free ? ScaleTexts.Free[c] : ScaleTexts.SmallFee[c]);
                    json.WriteString("eligibility", ScaleTexts.Eligibility[c]);
                    json.WriteString("access", ScaleTexts.Access[c]);
                    break;
                case ContentType.Course:
                    json.WriteString("cost", free ? ScaleTexts.Free[c] : ScaleTexts.SmallFee[c]);
                    json.WriteString("registration", ScaleTexts.Registration[c]);
                    break;
                case ContentType.Club:
                    json.WriteString("activities", ScaleTexts.Activities[c]);
                    json.WriteString("fees", ScaleTexts.Fees[c]);
                    break;
                case ContentType.Event:
                    json.WriteString("place", $"{ScaleTexts.Hall[c]} {slots.Town[c]}");
                    json.WriteString("dates", date.ToString("D", CultureInfo.GetCultureInfo(culture)));
                    break;
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, params string[] values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static string Capital(string text, int culture) =>
        text.Length > 0 ? char.ToUpper(text[0], CultureInfo.GetCultureInfo(WordPools.Cultures[culture])) + text[1..] : text;

    /// <summary>A slug from a Latin-script text: umlauts and Turkish letters folded, everything else a dash.</summary>
    internal static string Fold(string text)
    {
        var folded = new StringBuilder();
        foreach (var ch in text.ToLowerInvariant())
        {
            folded.Append(ch switch
            {
                'ä' => "ae", 'ö' => "oe", 'ü' => "ue", 'ß' => "ss", 'ç' => "c", 'ğ' => "g", 'ı' => "i", 'ş' => "s", 'é' => "e",
                >= 'a' and <= 'z' or >= '0' and <= '9' => ch.ToString(),
                _ => "-",
            });
        }

        var slug = string.Join('-', folded.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length > 0 ? slug : "eintrag";
    }

    private sealed record Slots(string[] Offer, string[] Audience, string[] Town, string[] Topic, string[] Day)
    {
        public string Fill(string template, int culture) => Capital(
            template.Replace("{offer}", Offer[culture]).Replace("{aud}", Audience[culture]).Replace("{town}", Town[culture])
                .Replace("{topic}", Topic[culture]).Replace("{day}", Day[culture]),
            culture);
    }
}
