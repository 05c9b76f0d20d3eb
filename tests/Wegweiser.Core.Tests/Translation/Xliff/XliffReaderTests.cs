using System.Text;
using Wegweiser.Core.Translation.Xliff;

namespace Wegweiser.Core.Tests.Translation.Xliff;

public class XliffReaderTests
{
    private const string Head = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"de\" trgLang=\"fa\">";

    private const string Note = "<notes><note category=\"wegweiser-source-version\">1</note></notes>";

    [Fact]
    public void Malformed_XML_names_line_and_position()
    {
        var error = Read("<?xml version=\"1.0\"?>\n" + Head + "\n    <file id=\"a\">\n</xliff>");

        Assert.Equal(["Die Datei ist kein gültiges XML (Zeile 4, Position 3)."], error.Problems);
    }

    [Theory]
    [InlineData("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"><file original=\"x\" source-language=\"de\" datatype=\"plaintext\"><body/></file></xliff>",
        "Die Datei hat XLIFF-Version 1.2; erwartet wird 2.0.")]
    [InlineData("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"de\"/>",
        "Die Datei nennt keine XLIFF-Version; erwartet wird 2.0.")]
    [InlineData("<xliff version=\"2.0\" srcLang=\"de\" trgLang=\"fa\"><file id=\"a\"/></xliff>",
        "Die Datei nennt Version 2.0, nutzt aber nicht den Namensraum von XLIFF 2.0 (urn:oasis:names:tc:xliff:document:2.0).")]
    [InlineData("<html><body>Übersetzung</body></html>",
        "Die Datei ist keine XLIFF-Datei: Das äußerste Element heißt <html>, erwartet wird <xliff>.")]
    [InlineData("", "Die Datei ist leer.")]
    public void A_file_that_is_not_XLIFF_2_0_is_refused_with_a_clear_message(string xml, string message)
    {
        Assert.Equal([message], Read(xml).Problems);
    }

    [Fact]
    public void Languages_file_ids_and_the_source_version_are_checked()
    {
        var xml = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\">"
            + $"<file id=\"a\">{Note}<unit id=\"title\"><segment><source>A</source></segment></unit></file>"
            + $"<file id=\"a\">{Note}<unit id=\"title\"><segment><source>A</source></segment></unit></file>"
            + "<file id=\"b\"><unit id=\"title\"><segment><source>B</source></segment><segment><source>B</source></segment></unit>"
            + "<unit id=\"title\"><segment><source>B</source></segment></unit></file>"
            + "<file id=\"c\"><notes><note category=\"wegweiser-source-version\">drei</note></notes><unit id=\"title\"><segment><source>C</source></segment></unit></file>"
            + "</xliff>";

        var problems = Read(xml).Problems;

        Assert.Equal(
        [
            "Die Ausgangssprache der Datei ist 'en'; erwartet wird 'de' (Deutsch).",
            "Die Datei nennt keine Zielsprache (trgLang).",
            "Der Eintrag 'a' steht zweimal in der Datei (Zeile 1).",
            "Bei 'b' fehlt die deutsche Quellversion (<note category=\"wegweiser-source-version\">); bitte eine von Wegweiser exportierte Datei verwenden.",
            "Das Feld 'title' steht bei 'b' zweimal (Zeile 1).",
            "Die deutsche Quellversion bei 'c' ist keine gültige Zahl: 'drei'.",
        ], problems);
    }

    [Fact]
    public void A_document_type_declaration_is_refused()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x \"y\">]>\n" + Head + "</xliff>";

        Assert.Equal(["Die Datei enthält eine Dokumenttyp-Deklaration (<!DOCTYPE …>); das ist in XLIFF-Dateien nicht erlaubt."], Read(xml).Problems);
    }

    [Fact]
    public void Segments_a_tool_split_are_joined_and_inline_markers_keep_their_text()
    {
        var xml = Head + $"<file id=\"a\">{Note}<unit id=\"body\">"
            + "<segment><source>Erster Satz.</source><target>Jomle-ye avval.</target></segment>"
            + "<ignorable><source> </source></ignorable>"
            + "<segment state=\"translated\"><source>Zweiter <mrk id=\"m1\" type=\"term\">Satz</mrk>.</source><target>Jomle-ye <mrk id=\"m1\" type=\"term\">dovom</mrk><cp hex=\"0021\"/></target></segment>"
            + "</unit><unit id=\"summary\"><segment><source>Eins.</source><target>Yek.</target></segment><segment><source>Zwei.</source><target/></segment></unit>"
            + "<unit id=\"title\"><segment><source>Titel</source></segment></unit></file></xliff>";

        var file = Assert.Single(XliffReader.Read(Stream(xml)).Files);

        Assert.Equal(1, file.SourceVersion);
        Assert.Equal(new XliffUnit("body", "Erster Satz. Zweiter Satz.", "Jomle-ye avval. Jomle-ye dovom!"), file.Units[0]);
        Assert.True(file.Units[1].Partial);
        Assert.Null(file.Units[2].Target);
    }

    private static XliffException Read(string xml) =>
        Assert.Throws<XliffException>(() => XliffReader.Read(Stream(xml)));

    private static MemoryStream Stream(string xml) => new(Encoding.UTF8.GetBytes(xml));
}
