using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Wegweiser.Search.Analysis;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Wegweiser.Search.Indexing;

/// <summary>
/// The index of one culture. A rebuild replaces all documents in one commit and then refreshes the
/// searcher, so searches see either the old or the new index, never an empty or half-written one.
/// Searchers are reference-counted (<see cref="SearcherManager"/>): a search running during a swap
/// finishes on the reader it started with. Each reader is one <see cref="IndexGeneration"/>, shared
/// by all searches until the index changes, with the caches that are valid for just that reader.
/// </summary>
public sealed class CultureIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _rebuild = new();

    /// <summary>How many recent results each generation keeps when caching.</summary>
    public const int ResultCacheSize = 256;

    private CultureIndex(string culture, LuceneDirectory directory, IndexWriter writer, bool cacheQueries)
    {
        Culture = culture;
        _directory = directory;
        _writer = writer;
        _searchers = new SearcherManager(writer, true, new IndexGeneration.Factory(cacheQueries ? ResultCacheSize : 0));
        QueryAnalyzer = SearchAnalyzers.ForQuery(culture);
    }

    public string Culture { get; }

    /// <summary>Whether the index was missing or unreadable when it was opened, and is empty until rebuilt.</summary>
    public bool WasRecreated { get; private init; }

    internal Analyzer QueryAnalyzer { get; }

    /// <summary>The number of documents searches currently see.</summary>
    public int DocumentCount => WithSearcher(s => s.IndexReader.NumDocs);

    internal static Analyzer IndexAnalyzer(string culture) => new PerFieldAnalyzerWrapper(
        SearchAnalyzers.ForIndex(culture),
        new Dictionary<string, Analyzer>
        {
            [SearchFields.Words] = SearchAnalyzers.Plain(),
            [SearchFields.Suggest] = SearchAnalyzers.SuggestIndex(culture),
        });

    /// <summary>
    /// Opens the index of <paramref name="culture"/> in <paramref name="folder"/> (null: in memory).
    /// A missing or corrupt index is logged and started afresh.
    /// </summary>
    /// <param name="cacheQueries">
    /// Whether searches reuse, until the index next changes, the results of a search asked before
    /// and the fuzzy expansion of a misspelt word met before. Off, every search is worked out in
    /// full (the benchmark's honest first-time speed).
    /// </param>
    public static CultureIndex Open(string culture, string? folder, ILogger logger, bool cacheQueries = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        ArgumentNullException.ThrowIfNull(logger);
        if (folder is null)
        {
            var memory = new RAMDirectory();
            return new CultureIndex(culture, memory, NewWriter(culture, memory, OpenMode.CREATE), cacheQueries);
        }

        System.IO.Directory.CreateDirectory(folder);
        LuceneDirectory directory = OpenFolder(folder);
        var healthy = IsReadable(directory, culture, folder, logger);
        try
        {
            var writer = NewWriter(culture, directory, healthy ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE);
            if (!healthy)
            {
                // An empty first commit: the index is whole on disk from the start (see IsIntact).
                writer.Commit();
            }

            return new CultureIndex(culture, directory, writer, cacheQueries) { WasRecreated = !healthy };
        }
        catch (Exception e) when (e is (IOException or CorruptIndexException) and not LockObtainFailedException)
        {
            // Even a fresh writer failed on broken files: start from an empty folder. A lock held by
            // another process is not broken: that error goes up, and the folder stays untouched.
            logger.LogWarning(e, "Search index {Culture} in {Folder} could not be opened; deleting and rebuilding it", culture, folder);
            directory.Dispose();
            System.IO.Directory.Delete(folder, recursive: true);
            System.IO.Directory.CreateDirectory(folder);
            directory = OpenFolder(folder);
            var fresh = NewWriter(culture, directory, OpenMode.CREATE);
            fresh.Commit();
            return new CultureIndex(culture, directory, fresh, cacheQueries) { WasRecreated = true };
        }
    }

    /// <summary>Replaces every document of this index with <paramref name="documents"/>.</summary>
    public void Rebuild(IEnumerable<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        lock (_rebuild)
        {
            // No rollback on failure: it would close the writer. The searchers keep the old
            // documents until a refresh, and the next rebuild starts with DeleteAll again.
            _writer.DeleteAll();
            foreach (var document in documents)
            {
                _writer.AddDocument(ToLucene(document));
            }

            // Searches see the new documents as soon as they are flushed (near-real-time reader);
            // the commit that makes them durable, with its fsync, comes afterwards.
            _searchers.MaybeRefreshBlocking();
            _writer.Commit();
        }
    }

    /// <summary>
    /// Replaces the documents of <paramref name="keys"/> with <paramref name="documents"/> (those of
    /// the keys still to be found; a key without a document leaves the index) in one commit.
    /// </summary>
    public void Update(IEnumerable<string> keys, IEnumerable<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(documents);
        lock (_rebuild)
        {
            foreach (var key in keys)
            {
                _writer.DeleteDocuments(new Term(SearchFields.Key, key));
            }

            foreach (var document in documents)
            {
                _writer.AddDocument(ToLucene(document));
            }

            _searchers.MaybeRefreshBlocking();
            _writer.Commit();
        }
    }

    /// <summary>
    /// Whether this index holds exactly <paramref name="documents"/>, as written by this build:
    /// the same number of live documents and the same sum of their <see cref="DocumentFingerprint"/>s.
    /// An index written before documents carried fingerprints never matches (except empty).
    /// </summary>
    public bool Holds(IEnumerable<SearchDocument> documents)
    {
        var (count, sum) = DocumentFingerprint.Of(documents);
        return WithSearcher(searcher =>
        {
            var held = 0;
            var total = 0L;
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                if (reader.NumDocs == 0)
                {
                    continue;
                }

                var fingerprints = reader.GetNumericDocValues(SearchFields.Fingerprint);
                if (fingerprints is null)
                {
                    return false;
                }

                var live = reader.LiveDocs;
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    if (live is null || live.Get(doc))
                    {
                        held++;
                        total = unchecked(total + fingerprints.Get(doc));
                    }
                }
            }

            return held == count && total == sum;
        });
    }

    /// <summary>Runs <paramref name="use"/> on the current generation and releases it afterwards.</summary>
    internal T WithSearcher<T>(Func<IndexGeneration, T> use)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return use((IndexGeneration)searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// Whether the committed index is still on disk and readable (its folder and its latest
    /// segments file); always true in memory. Searches keep working from open files when it is
    /// not, but nothing written from then on would last.
    /// </summary>
    public bool IsIntact()
    {
        if (_directory is not FSDirectory fs)
        {
            return true;
        }

        try
        {
            if (!System.IO.Directory.Exists(fs.Directory.FullName))
            {
                return false;
            }

            // IndexExists only looks at file names; reading the latest segments file finds garbage too.
            new SegmentInfos().Read(_directory);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    /// <summary>
    /// Closes a broken index without writing anything more to it (no commit): its folder was
    /// deleted or its files were damaged. Searches still running finish on the readers they hold.
    /// </summary>
    internal void Abandon(ILogger logger)
    {
        try
        {
            _writer.Rollback();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            logger.LogWarning(e, "Search index {Culture}: the broken writer did not close cleanly", Culture);
        }

        try
        {
            _searchers.Dispose();
            _directory.Dispose();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            logger.LogWarning(e, "Search index {Culture}: the broken index did not close cleanly", Culture);
        }
    }

    /// <summary>
    /// The index files are read with positional file reads (<see cref="NIOFSDirectory"/>), not mapped
    /// into memory as <see cref="FSDirectory.Open(string)"/> would on 64-bit systems. Mapped, every
    /// page a search or the start-up check touched counted in the process's resident memory: 10–14 MB
    /// on the 10k site. Read, the same pages stay in the operating system's file cache, outside the
    /// process; a search without the result cache took about 10 % longer (tests/bench/search.sh,
    /// p95 10.2 → 11.4 ms, still below SQLite FTS5's 12.8 ms in the same run).
    /// </summary>
    internal static LuceneDirectory OpenFolder(string folder) => new NIOFSDirectory(folder);

    private static IndexWriter NewWriter(string culture, LuceneDirectory directory, OpenMode mode) =>
        new(directory, new IndexWriterConfig(SearchAnalyzers.Version, IndexAnalyzer(culture)) { OpenMode = mode });

    private static bool IsReadable(LuceneDirectory directory, string culture, string folder, ILogger logger)
    {
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                logger.LogInformation("Search index {Culture} is missing in {Folder}; it will be built", culture, folder);
                return false;
            }

            using var reader = DirectoryReader.Open(directory);
            for (var i = 0; i < reader.MaxDoc; i++)
            {
                // Reading the stored fields touches every file a search needs.
                reader.Document(i);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
        {
            logger.LogWarning(e, "Search index {Culture} in {Folder} is corrupt; it will be rebuilt", culture, folder);
            return false;
        }
    }

    private static Document ToLucene(SearchDocument d)
    {
        var doc = new Document
        {
            new StringField(SearchFields.Key, d.Key, Field.Store.YES),
            new SortedDocValuesField(SearchFields.Key, new BytesRef(d.Key)),
            new StoredField(SearchFields.Type, d.Type.ToString()),
            new StoredField(SearchFields.Url, d.Url),
            new StoredField(SearchFields.Fallback, d.IsFallback ? 1 : 0),
            new NumericDocValuesField(SearchFields.Fingerprint, DocumentFingerprint.Of(d)),
            new TextField(SearchFields.Title, d.Title, Field.Store.YES),
            new TextField(SearchFields.Suggest, d.Title, Field.Store.NO),
            new TextField(SearchFields.Words, string.Join('\n', d.Title, d.Summary, d.Body), Field.Store.NO),
        };
        if (d.Summary is not null)
        {
            doc.Add(new TextField(SearchFields.Summary, d.Summary, Field.Store.YES));
        }

        if (d.Body is not null)
        {
            doc.Add(new TextField(SearchFields.Body, d.Body, Field.Store.YES));
        }

        AddFacet(doc, SearchFields.Type, [d.Type.ToString()]);
        AddFacet(doc, SearchFields.Topic, d.Topics);
        AddFacet(doc, SearchFields.Town, d.Towns);
        AddFacet(doc, SearchFields.TargetGroup, d.TargetGroups);
        AddFacet(doc, SearchFields.Language, d.Languages);
        AddFacet(doc, SearchFields.Free, d.FreeOfCharge ? [SearchFields.Yes] : []);
        AddFacet(doc, SearchFields.Accessible, d.WheelchairAccessible ? [SearchFields.Yes] : []);
        return doc;
    }

    private static void AddFacet(Document doc, string field, IEnumerable<string> values)
    {
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(field, value, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }
}
