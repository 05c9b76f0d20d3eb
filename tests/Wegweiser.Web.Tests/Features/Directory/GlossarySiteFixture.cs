using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;

namespace Wegweiser.Web.Tests.Features.Directory;

/// <summary>
/// The ilm-kreis site with one service whose German, Arabic and Ukrainian texts name glossary terms
/// in every place that must and must not be linked, a glossary term left untranslated in Arabic,
/// and a glossary term that is only a draft.
/// </summary>
public sealed class GlossarySiteFixture : IAsyncLifetime
{
    public const string ServiceKey = "faire-integration-arbeitsrecht";

    public const string DraftTermKey = "glossar-qzx";

    public const string GermanTitle = "Beratung bei der IHK";

    public const string GermanSummary = "Hilfe im Arbeitsrecht, auch mit Leistungen nach dem AsylbLG.";

    public const string GermanBody = """
        Die MBEK ist etwas anderes. Die MBE hilft Ihnen. Die KAUSAX auch nicht.

        Noch einmal: die MBE und das AsylbLG.

        ## Fragen zur DGB-Beratung

        Mehr bei der [AWO Ilm-Kreis](https://example.org/awo).

        Schreiben Sie `HWK` in das Formular. Ein QZX-Test.
        """;

    public const string ArabicBody = """
        خدمةMBE ليست هنا. تساعدك MBE في الأسئلة. استشارات الهجرة للمهاجرين البالغين مجانية.

        ## قانون AsylbLG

        اسأل [AWO](https://example.org/awo) أو DGB.
        """;

    public const string UkrainianBody = """
        Закон AsylbLGs тут ні до чого. Консультації з питань міграції для дорослих мігрантів допомагають. Потім MBE ще раз.
        """;

    public WegweiserFactory Factory { get; } = new("ilm-kreis");

    public async Task InitializeAsync()
    {
        await Factory.QueryAsync(async db =>
        {
            var service = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == ServiceKey);
            var published = service.Published!;
            SetTexts(published.Translation(Cultures.Source)!, GermanTitle, GermanSummary, GermanBody);
            SetTexts(published.Translation("ar")!, null, "مساعدة في قانون العمل.", ArabicBody);
            SetTexts(published.Translation("uk")!, null, "Допомога з трудового права.", UkrainianBody);

            var dgb = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).SingleAsync(i => i.Key == "glossar-dgb");
            var arabicDgb = dgb.Published!.Translation("ar")!;
            dgb.Published!.Translations.Remove(arabicDgb);
            db.Remove(arabicDgb);

            var draft = ContentItem.Create(ContentType.GlossaryTerm, DraftTermKey, DateTime.UtcNow);
            draft.Latest.Data = new ContentData { Glossary = new GlossaryData { Abbreviation = "QZX" } };
            draft.Latest.Translations.Add(new ContentTranslation
            {
                Culture = Cultures.Source, Slug = "qzx-testwort", Title = "Ein Testwort",
                Fields = new Dictionary<string, string> { [ContentFields.Summary] = "Nur ein Entwurf." },
            });
            db.ContentItems.Add(draft);
            return await db.SaveChangesAsync();
        });
    }

    private static void SetTexts(ContentTranslation translation, string? title, string summary, string body)
    {
        translation.Title = title ?? translation.Title;
        translation.Fields = new Dictionary<string, string>(translation.Fields) { [ContentFields.Summary] = summary, [ContentFields.Body] = body };
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
