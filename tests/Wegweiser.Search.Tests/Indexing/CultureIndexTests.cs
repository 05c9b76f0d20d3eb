using Microsoft.Extensions.Logging.Abstractions;
using Wegweiser.Core.Content;
using Wegweiser.Search.Indexing;
using Wegweiser.Search.Querying;

namespace Wegweiser.Search.Tests.Indexing;

public sealed class CultureIndexTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wegweiser-index-").FullName;

    [Fact]
    public void A_missing_index_is_created_and_marked_for_a_rebuild()
    {
        using var index = CultureIndex.Open("de", Path.Combine(_folder, "de"), NullLogger.Instance);

        Assert.True(index.WasRecreated);
    }

    [Fact]
    public void A_built_index_is_reused_after_a_restart()
    {
        using (var first = CultureIndex.Open("de", _folder, NullLogger.Instance))
        {
            first.Rebuild([Doc()]);
        }

        using var second = CultureIndex.Open("de", _folder, NullLogger.Instance);

        Assert.False(second.WasRecreated);
        Assert.Equal(1, Searcher.Search(second, new SearchRequest("beratung")).Total);
    }

    [Fact]
    public void Searching_an_index_on_disk_maps_none_of_its_files_into_the_process()
    {
        // Arrange: a reopened index, as after a restart; mapped files would count in the site's
        // resident memory for every page a search touched.
        using (var first = CultureIndex.Open("de", _folder, NullLogger.Instance))
        {
            first.Rebuild([Doc()]);
        }

        using var reopened = CultureIndex.Open("de", _folder, NullLogger.Instance);

        // Act
        var hits = Searcher.Search(reopened, new SearchRequest("beratung"));

        // Assert
        Assert.Equal(1, hits.Total);
        Assert.Contains(Directory.GetFiles(_folder), f => f.EndsWith(".cfs", StringComparison.Ordinal) || f.EndsWith(".fdt", StringComparison.Ordinal));
        Assert.DoesNotContain(File.ReadLines("/proc/self/maps"), line => line.Contains(_folder, StringComparison.Ordinal));
    }

    [Fact]
    public void A_corrupt_index_is_started_afresh_and_can_be_rebuilt()
    {
        using (var first = CultureIndex.Open("de", _folder, NullLogger.Instance))
        {
            first.Rebuild([Doc()]);
        }

        foreach (var file in Directory.GetFiles(_folder).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
        {
            File.WriteAllBytes(file, [1, 2, 3, 4, 5, 6, 7, 8]);
        }

        using var reopened = CultureIndex.Open("de", _folder, NullLogger.Instance);
        reopened.Rebuild([Doc()]);

        Assert.True(reopened.WasRecreated);
        Assert.Equal(1, Searcher.Search(reopened, new SearchRequest("beratung")).Total);
    }

    [Fact]
    public void An_index_holds_exactly_the_documents_it_was_built_or_updated_with()
    {
        var mbe = Doc();
        var kurs = new SearchDocument("kurs", ContentType.Course, "Deutschkurs", "Abends", null, "/de/kurse/kurs", false, ["sprache"], ["arnstadt"]);
        using (var first = CultureIndex.Open("de", _folder, NullLogger.Instance))
        {
            Assert.True(first.Holds([]));
            first.Rebuild([mbe, kurs]);

            Assert.True(first.Holds([kurs, mbe]));
            Assert.False(first.Holds([mbe]));
            Assert.False(first.Holds([mbe, kurs, kurs with { Key = "kurs2" }]));
            Assert.False(first.Holds([mbe, kurs with { Title = "Deutschkurs B1" }]));
            Assert.False(first.Holds([mbe, kurs with { Towns = ["ilmenau"] }]));
            Assert.False(first.Holds([mbe, kurs with { FreeOfCharge = true }]));
            Assert.False(first.Holds([mbe, kurs with { Summary = null }]));

            // An update replaces the document and its fingerprint; the deleted one no longer counts.
            first.Update(["kurs"], [kurs with { Title = "Deutschkurs B1" }]);
            Assert.True(first.Holds([mbe, kurs with { Title = "Deutschkurs B1" }]));
            Assert.False(first.Holds([mbe, kurs]));
        }

        using var reopened = CultureIndex.Open("de", _folder, NullLogger.Instance);
        Assert.True(reopened.Holds([mbe, kurs with { Title = "Deutschkurs B1" }]));
    }

    [Fact]
    public void Fingerprints_tell_documents_apart_field_by_field()
    {
        var doc = Doc() with { Topics = ["beratung"], Towns = ["arnstadt"], TargetGroups = ["familien"], Languages = ["ar"] };
        Assert.Equal(DocumentFingerprint.Of(doc), DocumentFingerprint.Of(doc with { }));
        SearchDocument[] changed =
        [
            doc with { Key = "mbe2" }, doc with { Type = ContentType.Club }, doc with { Title = "Migrationsberatung!" },
            doc with { Summary = null }, doc with { Summary = "" }, doc with { Body = "Text" }, doc with { Url = "/de/x" },
            doc with { IsFallback = true }, doc with { Topics = [] }, doc with { Towns = ["ilmenau"] },
            doc with { TargetGroups = [] }, doc with { Languages = ["fa"] }, doc with { FreeOfCharge = true },
            doc with { WheelchairAccessible = true },
            // The same words in other fields.
            doc with { Topics = ["arnstadt"], Towns = ["beratung"] },
        ];
        var all = changed.Select(DocumentFingerprint.Of).Append(DocumentFingerprint.Of(doc)).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public void At_start_up_an_index_that_holds_the_documents_is_kept_and_another_rebuilt()
    {
        var mbe = Doc();
        var options = new SearchIndexOptions { Folder = _folder };
        using (var indexes = new SearchIndexes(options, NullLogger<SearchIndexes>.Instance))
        {
            Assert.True(RebuildUnlessHeld(indexes, "de", [mbe]));
            Assert.True(RebuildUnlessHeld(indexes, "ar", [mbe with { Title = "استشارة" }]));
        }

        var segments = SegmentsFiles();
        using (var indexes = new SearchIndexes(options, NullLogger<SearchIndexes>.Instance))
        {
            Assert.False(RebuildUnlessHeld(indexes, "de", [mbe]));
            Assert.False(RebuildUnlessHeld(indexes, "ar", [mbe with { Title = "استشارة" }]));
            Assert.Equal(segments, SegmentsFiles());
            Assert.Equal(1, indexes.Search("de", new SearchRequest("beratung")).Total);

            // The German entry changed while the site was down: only that index is written again.
            Assert.True(RebuildUnlessHeld(indexes, "de", [mbe with { Title = "Familienberatung" }]));
            Assert.Equal(1, indexes.Search("de", new SearchRequest("familienberatung")).Total);
        }

        var after = SegmentsFiles();
        Assert.NotEqual(segments.Where(f => f.StartsWith("de", StringComparison.Ordinal)), after.Where(f => f.StartsWith("de", StringComparison.Ordinal)));
        Assert.Equal(segments.Where(f => f.StartsWith("ar", StringComparison.Ordinal)), after.Where(f => f.StartsWith("ar", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_index_written_without_fingerprints_is_rebuilt_at_start_up()
    {
        var folder = Path.Combine(_folder, "de");
        using (var writer = new Lucene.Net.Index.IndexWriter(Lucene.Net.Store.FSDirectory.Open(folder),
            new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48))))
        {
            writer.AddDocument(new Lucene.Net.Documents.Document { new Lucene.Net.Documents.StringField(SearchFields.Key, "mbe", Lucene.Net.Documents.Field.Store.YES) });
            writer.Commit();
        }

        using var indexes = new SearchIndexes(new SearchIndexOptions { Folder = _folder }, NullLogger<SearchIndexes>.Instance);
        Assert.True(RebuildUnlessHeld(indexes, "de", [Doc()]));
        Assert.False(RebuildUnlessHeld(indexes, "de", [Doc()]));
        Assert.Equal(1, indexes.Search("de", new SearchRequest("beratung")).Total);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>What the site does at start-up (SearchIndexer.RebuildChangedAsync): rebuild only an index that does not hold the documents.</summary>
    private static bool RebuildUnlessHeld(SearchIndexes indexes, string culture, IReadOnlyCollection<SearchDocument> documents)
    {
        if (indexes.Holds(culture, documents))
        {
            return false;
        }

        indexes.Rebuild(culture, documents);
        return true;
    }

    /// <summary>Each culture's current segments file (its name carries the commit generation).</summary>
    private List<string> SegmentsFiles() => Directory.GetDirectories(_folder)
        .SelectMany(d => Directory.GetFiles(d, "segments_*").Select(f => $"{Path.GetFileName(d)}/{Path.GetFileName(f)}"))
        .Order(StringComparer.Ordinal)
        .ToList();

    private static SearchDocument Doc() =>
        new("mbe", ContentType.Service, "Migrationsberatung", "Beratung für Zugewanderte", null, "/de/angebote/mbe", false, [], []);
}
