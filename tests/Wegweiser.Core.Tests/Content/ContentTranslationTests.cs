using Wegweiser.Core.Content;

namespace Wegweiser.Core.Tests.Content;

public class ContentTranslationTests
{
    private static ContentTranslation Full(string culture, string title, string slug, string? summary) => new()
    {
        Culture = culture,
        Title = title,
        Slug = slug,
        Fields = summary is null
            ? new() { [ContentFields.Body] = "Langer Text" }
            : new() { [ContentFields.Summary] = summary, [ContentFields.Body] = "Langer Text" },
        SourceVersion = 3,
        IsMachineTranslated = true,
    };

    [Fact]
    public void A_compact_copy_keeps_title_slug_summary_and_flags_but_no_long_texts()
    {
        var compact = Full("ar", "عنوان", "unwan", "ملخص").Compact("ar");

        Assert.Equal("ar", compact.Culture);
        Assert.Equal("عنوان", compact.Field(ContentFields.Title));
        Assert.Equal("unwan", compact.Slug);
        Assert.Equal("ملخص", compact.Field(ContentFields.Summary));
        Assert.Null(compact.Field(ContentFields.Body));
        Assert.Equal(3, compact.SourceVersion);
        Assert.True(compact.IsMachineTranslated);
        // Code that reads the dictionary sees the summary alone.
        Assert.Equal(new Dictionary<string, string> { [ContentFields.Summary] = "ملخص" }, compact.Fields);
    }

    [Fact]
    public void A_compact_copy_without_summary_has_empty_fields()
    {
        var compact = Full("de", "Titel", "titel", null).Compact("de");

        Assert.Null(compact.Field(ContentFields.Summary));
        Assert.Empty(compact.Fields);
    }

    [Fact]
    public void Texts_equal_to_the_other_translation_are_shared_and_different_ones_kept()
    {
        var german = Full("de", "Chor Ilmenau", "chor-ilmenau", "Wir singen.").Compact("de");
        var english = Full("en", new string("Chor Ilmenau".ToCharArray()), new string("chor-ilmenau".ToCharArray()), "We sing.").Compact("en", german);

        Assert.Same(german.Title, english.Title);
        Assert.Same(german.Slug, english.Slug);
        Assert.Equal("We sing.", english.Field(ContentFields.Summary));
    }

    [Fact]
    public void Texts_of_other_entries_come_from_the_pool()
    {
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        string Share(string text) => pool.TryGetValue(text, out var known) ? known : pool[text] = text;
        var first = Full("uk", "Хор", "khor", "Ми співаємо.").Compact("uk", share: Share);
        var second = Full("uk", new string("Хор".ToCharArray()), "khor-2", new string("Ми співаємо.".ToCharArray())).Compact("uk", share: Share);

        Assert.Same(first.Title, second.Title);
        Assert.Same(first.Field(ContentFields.Summary), second.Field(ContentFields.Summary));
        Assert.Equal("khor-2", second.Slug);
    }

    [Fact]
    public void Setting_fields_on_a_compact_copy_replaces_the_summary()
    {
        var compact = Full("de", "Titel", "titel", "Kurz").Compact("de");

        compact.Fields = new() { [ContentFields.Body] = "Neu" };

        Assert.Null(compact.Field(ContentFields.Summary));
        Assert.Equal("Neu", compact.Field(ContentFields.Body));
    }
    [Fact]
    public void A_compact_copy_without_its_summary_gets_one_given_later()
    {
        var compact = Full("fa", "عنوان", "onvan", "خلاصه").Compact("fa", keepSummary: false);

        Assert.Null(compact.Field(ContentFields.Summary));
        Assert.Equal("عنوان", compact.Title);

        var shown = compact.WithSummary("خلاصه");

        Assert.Equal("خلاصه", shown.Field(ContentFields.Summary));
        Assert.Equal(("fa", "onvan", "عنوان"), (shown.Culture, shown.Slug, shown.Title));
        Assert.Null(compact.Field(ContentFields.Summary));
    }
}
