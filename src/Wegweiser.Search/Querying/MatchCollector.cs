using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Wegweiser.Search.Indexing;

namespace Wegweiser.Search.Querying;

/// <summary>
/// Counts every match and keeps the best <c>keep</c> of them (enough for the page asked for), and
/// counts the facet values of the matches on the way, from doc values segment by segment: no stored
/// document is loaded and no match outside the page is kept, so counting stays cheap even when a
/// short query matches thousands of entries. Entries outside the "open now" set are dropped here
/// when only open ones are wanted.
/// </summary>
internal sealed class MatchCollector(IReadOnlySet<string>? openNow, bool onlyOpenNow, int keep) : ICollector
{
    // The worst kept match first: lowest score, and of equal scores the later document.
    private static readonly Comparer<(float Score, int Doc)> WorstFirst = Comparer<(float Score, int Doc)>.Create(
        (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc));

    private readonly Dictionary<string, Dictionary<string, int>> _counts =
        SearchFields.Facets.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));

    private readonly PriorityQueue<int, (float Score, int Doc)> _best = new(WorstFirst);
    private Scorer? _scorer;
    private int _docBase;
    private SortedSetDocValues?[] _values = [];
    private int[][] _ordCounts = [];
    private SortedDocValues? _keys;
    private FixedBitSet? _openOrds;

    public int OpenCount { get; private set; }

    /// <summary>The number of matches.</summary>
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _docBase = context.DocBase;
        var reader = context.AtomicReader;
        _values = SearchFields.Facets.Select(reader.GetSortedSetDocValues).ToArray();
        _ordCounts = _values.Select(v => new int[v is null ? 0 : (int)v.ValueCount]).ToArray();
        _keys = reader.GetSortedDocValues(SearchFields.Key);
        _openOrds = null;
        if (openNow is not null && _keys is not null)
        {
            _openOrds = new FixedBitSet(Math.Max(1, _keys.ValueCount));
            foreach (var key in openNow)
            {
                if (_keys.LookupTerm(new BytesRef(key)) is var ord and >= 0)
                {
                    _openOrds.Set(ord);
                }
            }
        }
    }

    public void Collect(int doc)
    {
        var open = _openOrds is not null && _keys!.GetOrd(doc) is var keyOrd and >= 0 && _openOrds.Get(keyOrd);
        if (onlyOpenNow && !open)
        {
            return;
        }

        if (open)
        {
            OpenCount++;
        }

        Total++;
        var match = (_scorer!.GetScore(), _docBase + doc);
        if (_best.Count < keep)
        {
            _best.Enqueue(match.Item2, match);
        }
        else if (keep > 0 && _best.TryPeek(out _, out var worst) && WorstFirst.Compare(match, worst) > 0)
        {
            _best.DequeueEnqueue(match.Item2, match);
        }

        for (var f = 0; f < _values.Length; f++)
        {
            if (_values[f] is not { } values)
            {
                continue;
            }

            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _ordCounts[f][ord]++;
            }
        }
    }

    /// <summary>The kept matches, best first (ties in index order, so pages are stable); call once, after the search.</summary>
    public List<ScoreDoc> Best()
    {
        var best = new List<ScoreDoc>(_best.Count);
        while (_best.TryDequeue(out _, out var match))
        {
            best.Add(new ScoreDoc(match.Doc, match.Score));
        }

        best.Reverse();
        return best;
    }

    /// <summary>Facet field → value → number of matches; call after the search.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts()
    {
        Flush();
        return _counts;
    }

    private void Flush()
    {
        var text = new BytesRef();
        for (var f = 0; f < _values.Length; f++)
        {
            var counts = _counts[SearchFields.Facets[f]];
            for (var ord = 0; ord < _ordCounts[f].Length; ord++)
            {
                if (_ordCounts[f][ord] > 0)
                {
                    _values[f]!.LookupOrd(ord, text);
                    var value = text.Utf8ToString();
                    counts[value] = counts.GetValueOrDefault(value) + _ordCounts[f][ord];
                    _ordCounts[f][ord] = 0;
                }
            }
        }
    }
}
