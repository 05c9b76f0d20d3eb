using System.Net;
using System.Text;
using Wegweiser.Core.Content;
using Wegweiser.Web.Features.TakeAlong;

namespace Wegweiser.Web.Tests.Features.TakeAlong;

public class VCardTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    private readonly HttpClient _client = site.Factory.CreateClient();

    [Theory]
    [InlineData(ContentType.Service)]
    [InlineData(ContentType.Organisation)]
    [InlineData(ContentType.Club)]
    [InlineData(ContentType.Course)]
    public async Task Entries_with_public_contact_data_give_a_strict_vCard_4_others_404(ContentType type)
    {
        // Arrange
        var entries = await TakeAlongSite.CurrentAsync(site.Factory, type);
        Assert.Contains(entries, e => e.Version.Data.HasPublicContact);

        foreach (var (item, version) in entries)
        {
            var detail = TakeAlongSite.DetailPath(type, version);

            // Act
            var response = await _client.GetAsync($"{detail}/kontakt.vcf");

            // Assert
            if (!version.Data.HasPublicContact)
            {
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                continue;
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/vcard; charset=utf-8", response.Content.Headers.ContentType!.ToString());
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
            Assert.Equal($"{version.Translation("de")!.Slug}.vcf", response.Content.Headers.ContentDisposition.FileName);
            var properties = VCardChecker.Read(await response.Content.ReadAsByteArrayAsync(), out var problems);
            Assert.True(problems.Count == 0, $"{detail}/kontakt.vcf:\n{string.Join("\n", problems)}");
            Assert.Equal(version.Translation("de")!.Title, properties.Single(p => p.Name == "FN").Text);
            Assert.Equal($"urn:uuid:{item.Id}", properties.Single(p => p.Name == "UID").RawValue);
            Assert.Contains(properties, p => p.Name == "URL" && p.RawValue == TakeAlongSite.Origin + detail);
            var contact = version.Data.Contact;
            if (contact?.Phone is { } phone)
            {
                var tel = properties.Single(p => p.Name == "TEL");
                Assert.Equal("uri", tel.Parameter("VALUE"));
                Assert.Equal(TelephoneUri.From(phone), tel.RawValue);
            }

            if (contact?.Email is { } email)
            {
                Assert.Equal(email, properties.Single(p => p.Name == "EMAIL").Text);
            }

            Assert.Equal(version.Data.Addresses.Count(a => a.Street is not null), properties.Count(p => p.Name == "ADR"));
        }
    }

    [Fact]
    public async Task A_service_card_names_its_organisation_address_and_escapes_its_note()
    {
        var detail = TakeAlongSite.DetailPath(ContentType.Service, (await TakeAlongSite.ItemAsync(site.Factory, "demo-migrationsberatung-arnstadt")).Published!);

        var bytes = await _client.GetByteArrayAsync($"{detail}/kontakt.vcf");
        var properties = VCardChecker.Read(bytes, out var problems);

        Assert.Empty(problems);
        Assert.Equal(["Beispiel-Beratungsstelle Ilm-Kreis"], properties.Single(p => p.Name == "ORG").Components);
        var adr = properties.Single(p => p.Name == "ADR");
        Assert.Equal(["", "", "Beispielplatz 3", "Arnstadt", "", "99310", ""], adr.Components);
        Assert.Equal("Beispiel-Beratungsstelle Ilm-Kreis\nBeispielplatz 3\n99310 Arnstadt", adr.Parameter("LABEL"));
        var note = properties.Single(p => p.Name == "NOTE");
        Assert.Contains("Briefen\\, Anträgen", note.RawValue);
        Assert.Contains("Briefen, Anträgen", note.Text);
        Assert.Equal("org", properties.Single(p => p.Name == "KIND").RawValue);
        Assert.Contains(properties, p => p.Name == "SOURCE" && p.RawValue == $"{TakeAlongSite.Origin}{detail}/kontakt.vcf");
    }

    [Theory]
    [InlineData(ContentType.VolunteerInitiative)]
    [InlineData(ContentType.Event)]
    [InlineData(ContentType.GlossaryTerm)]
    [InlineData(ContentType.Page)]
    public async Task Volunteer_initiatives_events_glossary_terms_and_pages_have_no_vCard(ContentType type)
    {
        var entries = await TakeAlongSite.CurrentAsync(site.Factory, type);
        Assert.NotEmpty(entries);

        foreach (var (_, version) in entries)
        {
            var response = await _client.GetAsync($"{TakeAlongSite.DetailPath(type, version)}/kontakt.vcf");

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public void The_builder_escapes_components_and_folds_long_lines_at_75_octets_without_splitting_characters()
    {
        // Arrange: every character that needs escaping, and long text of two- and three-octet characters.
        const string name = "Büro, Beratung; Hilfe \\ Rat\nZweite Zeile";
        var arabic = string.Concat(Enumerable.Repeat("مركز الاستشارة للمهاجرين ", 8));
        var umlauts = string.Concat(Enumerable.Repeat("Größenänderungsübersicht—€ ", 10));
        string?[] street = ["", "Hinterhaus, 2. Stock", "Weg 1; Tür 3", "Ilmenau\\Nord", "", "98693", "Zeile\r\nzwei"];

        // Act
        var text = new VCardBuilder()
            .Text("FN", name)
            .Structured("ADR", street, $"LABEL={VCardBuilder.QuotedParameter("Haus \"Am Markt\"\n^Hof")}")
            .Text("NOTE", arabic + umlauts)
            .Build();
        var properties = VCardChecker.Read(Encoding.UTF8.GetBytes(text), out var problems);

        // Assert
        Assert.Empty(problems);
        Assert.Equal(name, properties.Single(p => p.Name == "FN").Text);
        var adr = properties.Single(p => p.Name == "ADR");
        Assert.Equal(["", "Hinterhaus, 2. Stock", "Weg 1; Tür 3", "Ilmenau\\Nord", "", "98693", "Zeile\nzwei"], adr.Components);
        Assert.Equal("Haus \"Am Markt\"\n^Hof", adr.Parameter("LABEL"));
        Assert.Equal((arabic + umlauts).Trim(), properties.Single(p => p.Name == "NOTE").Text);
        Assert.Contains("\r\n ", text);
        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
    }

    [Fact]
    public void The_checker_refuses_what_RFC_6350_does_not_allow()
    {
        static List<string> Problems(string text)
        {
            VCardChecker.Read(Encoding.UTF8.GetBytes(text), out var problems);
            return problems;
        }

        Assert.Empty(Problems("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\\, B\r\nEND:VCARD\r\n"));
        Assert.NotEmpty(Problems("BEGIN:VCARD\nVERSION:4.0\nFN:A\nEND:VCARD\n"));
        Assert.NotEmpty(Problems("BEGIN:VCARD\r\nFN:A\r\nVERSION:4.0\r\nEND:VCARD\r\n"));
        Assert.NotEmpty(Problems("BEGIN:VCARD\r\nVERSION:4.0\r\nN:A;B;;;\r\nEND:VCARD\r\n"));
        Assert.NotEmpty(Problems("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A, B\r\nEND:VCARD\r\n"));
        Assert.NotEmpty(Problems("BEGIN:VCARD\r\nVERSION:4.0\r\nF N:A\r\nEND:VCARD\r\n"));
        Assert.NotEmpty(Problems("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:" + new string('x', 80) + "\r\nEND:VCARD\r\n"));
        Assert.NotEmpty(Problems("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nTEL;VALUE=uri:tel:0361 123\r\nEND:VCARD\r\n"));
        Assert.NotEmpty(Problems("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nADR:;;Weg 1;Ort\r\nEND:VCARD\r\n"));
        Assert.NotEmpty(Problems("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\\x\r\nEND:VCARD\r\n"));
        Assert.NotEmpty(Problems("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nEND:VCARD"));
        // "ü" split across a fold: two octets on different lines.
        var split = Encoding.UTF8.GetBytes("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bü\r\nEND:VCARD\r\n").ToList();
        split.InsertRange(split.IndexOf(0xBC), "\r\n "u8.ToArray());
        VCardChecker.Read([.. split], out var splitProblems);
        Assert.NotEmpty(splitProblems);
    }
}
