namespace Wegweiser.ScaleSite;

/// <summary>
/// Short texts of the type-specific fields, per culture in the order of
/// <see cref="Bench.Words.WordPools.Cultures"/> (de, en, ar, fa, uk, ru, tr).
/// </summary>
internal static class ScaleTexts
{
    public static readonly string[] Free = ["Kostenlos.", "Free of charge.", "مجاناً.", "رایگان.", "Безкоштовно.", "Бесплатно.", "Ücretsiz."];

    public static readonly string[] SmallFee =
    [
        "5 Euro pro Termin; mit Sozialpass kostenlos.", "5 euros per session; free with a social pass.", "5 يورو للموعد؛ مجاناً مع بطاقة الرعاية الاجتماعية.",
        "۵ یورو برای هر جلسه؛ با کارت اجتماعی رایگان.", "5 євро за заняття; із соціальною карткою безкоштовно.", "5 евро за занятие; с социальной картой бесплатно.",
        "Seans başına 5 euro; sosyal kartla ücretsiz.",
    ];

    public static readonly string[] Eligibility =
    [
        "Alle Menschen, die im Ilm-Kreis wohnen.", "Everyone who lives in the Ilm district.", "جميع المقيمين في مقاطعة إلم.", "همه کسانی که در ناحیه ایلم زندگی می‌کنند.",
        "Усі, хто живе в районі Ільм.", "Все, кто живёт в районе Ильм.", "Ilm ilçesinde yaşayan herkes.",
    ];

    public static readonly string[] Access =
    [
        "Offene Sprechstunde ohne Termin; sonst Termin nach Vereinbarung.", "Open consultation without appointment; otherwise by appointment.",
        "استشارة مفتوحة دون موعد؛ وإلا بموعد مسبق.", "مشاوره باز بدون وقت قبلی؛ در غیر این صورت با وقت قبلی.", "Відкрита консультація без запису; інакше за домовленістю.",
        "Открытая консультация без записи; иначе по договорённости.", "Randevusuz açık danışma; aksi halde randevu ile.",
    ];

    public static readonly string[] Registration =
    [
        "Anmeldung per Telefon oder E-Mail.", "Register by phone or email.", "التسجيل بالهاتف أو البريد الإلكتروني.", "ثبت‌نام با تلفن یا ایمیل.",
        "Реєстрація телефоном або електронною поштою.", "Запись по телефону или электронной почте.", "Telefonla veya e-postayla kayıt.",
    ];

    public static readonly string[] Activities =
    [
        "Training, gemeinsame Ausflüge und Feste.", "Training, trips and celebrations together.", "تدريب ورحلات واحتفالات مشتركة.", "تمرین، گردش و جشن‌های مشترک.",
        "Тренування, спільні поїздки та свята.", "Тренировки, совместные поездки и праздники.", "Antrenman, ortak geziler ve kutlamalar.",
    ];

    public static readonly string[] Fees =
    [
        "Mitgliedsbeitrag 3 Euro im Monat, die ersten Wochen sind kostenlos.", "Membership 3 euros a month; the first weeks are free.",
        "رسوم العضوية 3 يورو شهرياً، والأسابيع الأولى مجانية.", "حق عضویت ماهانه ۳ یورو؛ هفته‌های اول رایگان است.", "Членський внесок 3 євро на місяць, перші тижні безкоштовні.",
        "Членский взнос 3 евро в месяц, первые недели бесплатно.", "Aylık üyelik ücreti 3 euro, ilk haftalar ücretsiz.",
    ];

    public static readonly string[] Hall = ["Bürgerhaus", "Community hall", "قاعة البلدية", "سالن محله", "Громадський будинок", "Общественный дом", "Mahalle salonu"];

    public static readonly string[] Streets =
    [
        "Bahnhofstraße", "Marktplatz", "Lindenallee", "Schulgasse", "Ritterstraße", "Erfurter Straße", "Am Anger", "Goethestraße",
        "Poststraße", "Rosengasse", "Mühlweg", "Bergstraße",
    ];

    /// <summary>Postal codes of the towns of the word pools (the county itself: Arnstadt, where the district office is).</summary>
    public static readonly Dictionary<string, string> PostalCodes = new()
    {
        ["arnstadt"] = "99310", ["ilmenau"] = "98693", ["stadtilm"] = "99326", ["grossbreitenbach"] = "98701", ["plaue"] = "99338",
        ["geratal"] = "99330", ["elgersburg"] = "98716", ["martinroda"] = "98693", ["ilm-kreis"] = "99310",
    };

    /// <summary>Target-group keys of the <c>ilm-kreis</c> taxonomy, in the order of the audience pool.</summary>
    public static readonly string[] TargetGroups =
    [
        "frauen", "familien", "kinder", "jugendliche", "gefluechtete", "alle-menschen", "fachkraefte", "familien", "alle-zugewanderten", "alle-menschen",
    ];

    /// <summary>The everyday need that matches a topic of the <c>ilm-kreis</c> taxonomy.</summary>
    public static readonly Dictionary<string, string> NeedOfTopic = new()
    {
        ["sprache-bildung"] = "deutsch-lernen", ["ausbildung-arbeit"] = "arbeit-finden", ["wohnen"] = "wohnung",
        ["gesundheit-soziales"] = "arzt-gesundheit", ["kultur-freizeit-sport"] = "freizeit-vereine", ["interkulturelle-oeffnung"] = "beratung",
    };

    public static readonly string[] SpokenLanguages = ["en", "ar", "fa", "uk", "ru", "tr", "fr", "ku", "ti", "ps"];

    /// <summary>Course type and whether a level fits, by the German offer word.</summary>
    public static readonly Dictionary<string, (string Type, bool Level)> Courses = new()
    {
        ["Sprachkurs"] = ("Sprachkurs", true), ["Integrationskurs"] = ("Integrationskurs", true), ["Deutschkurs"] = ("Sprachkurs", true),
        ["Alphabetisierungskurs"] = ("Alphabetisierungskurs", false), ["Elternkurs"] = ("Elternkurs", false), ["Bewerbungstraining"] = ("Orientierungskurs", false),
    };

    public static readonly Dictionary<string, string> ClubCategories = new()
    {
        ["Sportverein"] = "sport", ["Fußballverein"] = "sport", ["Schachclub"] = "sonstiges", ["Chor"] = "musik", ["Kulturverein"] = "kultur",
        ["Gartenverein"] = "sonstiges", ["Jugendclub"] = "jugend", ["Frauentreff"] = "soziales",
    };
}
