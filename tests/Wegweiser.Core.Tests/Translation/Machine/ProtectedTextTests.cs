using Wegweiser.Core.Translation.Machine;

namespace Wegweiser.Core.Tests.Translation.Machine;

/// <summary>Editor text on its way to a machine translation service and back.</summary>
public class ProtectedTextTests
{
    private static readonly ProtectedTerm[] Terms =
    [
        ProtectedTerm.Kept("Jobcenter"),
        ProtectedTerm.Kept("Jobcenter Ilm-Kreis"),
        new("Aufenthaltstitel", "residence permit (Aufenthaltstitel)"),
    ];

    [Theory]
    [InlineData("Ein Satz.")]
    [InlineData("## Titel\n\n- eins\n- zwei\n\n1. erstens\n2. zweitens")]
    [InlineData("> Zitat mit **fett** und _kursiv_ und `code`\r\nzweite Zeile  ")]
    [InlineData("Rufen Sie +49 (0)3628 738-123 an oder schreiben Sie an a.b@example.org.")]
    [InlineData("Mehr auf [der Seite](https://example.org/x_y?a=1&b=2 \"Titel\") und <https://example.org>.")]
    [InlineData("```\ncode bleibt *so*\n```\nText & <Klammer>")]
    [InlineData("| Tag | Zeit |\n|---|---|\n| Mo | 09:00-12:00 |")]
    public void Text_sent_back_unchanged_comes_out_byte_identical(string text)
    {
        var prepared = ProtectedText.Protect(text, []);

        Assert.Equal(text, prepared.Restore(prepared.Segments));
    }

    [Fact]
    public void Links_addresses_numbers_and_terms_are_not_sent()
    {
        var prepared = ProtectedText.Protect("Im Jobcenter Ilm-Kreis: Tel. 03628 123-456, info@example.org, [Web](https://example.org) www.ilm-kreis.de", Terms);

        var sent = Assert.Single(prepared.Segments);

        Assert.DoesNotContain("Jobcenter", sent);
        Assert.DoesNotContain("03628", sent);
        Assert.DoesNotContain("example.org", sent);
        Assert.DoesNotContain("ilm-kreis.de", sent);
        Assert.Contains("Web", sent);
    }

    [Fact]
    public void A_term_with_a_rendering_comes_back_in_the_target_language_and_a_kept_one_as_it_was()
    {
        var prepared = ProtectedText.Protect("Der Aufenthaltstitel kommt vom Jobcenter.", Terms);

        var result = prepared.Restore([prepared.Segments[0].Replace("Der", "The", StringComparison.Ordinal)]);

        Assert.Equal("The residence permit (Aufenthaltstitel) kommt vom Jobcenter.", result);
    }

    [Fact]
    public void Placeholders_given_back_as_open_and_close_tags_or_lost_still_restore_everything()
    {
        var prepared = ProtectedText.Protect("Tel. 0361 123 oder [hier](https://example.org).", []);
        var sent = prepared.Segments[0];

        // LibreTranslate's HTML mode may write <x id="0"></x>; a service may drop a tag altogether.
        var answer = sent.Replace("<x id=\"0\"/>", "<x id=\"0\"></x>", StringComparison.Ordinal).Replace("<x id=\"3\"/>", "", StringComparison.Ordinal);
        var result = prepared.Restore([answer]);

        Assert.Contains("0361 123", result);
        Assert.Contains("[hier](https://example.org)", result);
    }

    [Fact]
    public void Lines_without_words_are_not_sent()
    {
        var prepared = ProtectedText.Protect("Text\n\n---\nhttps://example.org\n03628 123", []);

        Assert.Equal(["Text"], prepared.Segments);
    }

    [Fact]
    public void Escaped_characters_come_back_as_typed()
    {
        var prepared = ProtectedText.Protect("A & B <c>", []);

        Assert.Equal("A &amp; B &lt;c&gt;", prepared.Segments[0]);
        Assert.Equal("X & Y <c>", prepared.Restore(["X &amp; Y &lt;c&gt;"]));
    }
}
