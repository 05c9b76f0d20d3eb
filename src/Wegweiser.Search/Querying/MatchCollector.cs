using Lucene.Net.Index;
using Lucene.Net.Search;
using Wegweiser.Search.Indexing;

namespace Wegweiser.Search.Querying;

/// <summary>
/// Counts every match and keeps the best <c>keep</c> of them (enough for the page asked for), and
/// counts the facet values of the matches on the way, from the facet values of each segment read
/// once (<see cref="SegmentFacets"/>): no stored document is loaded and no match outside the page is
/// kept, so counting stays cheap even when a short query matches thousands of entries. Entries
/// outside the "open now" set are dropped here when only open ones are wanted.
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
    private SegmentFacets? _segment;
    private int[] _ordCounts = [];

    public int OpenCount { get; private set; }

    /// <summary>The number of matches.</summary>
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _docBase = context.DocBase;
        _segment = SegmentFacets.For(context.AtomicReader);
        _ordCounts = new int[_segment.Values.Length];
    }

    public void Collect(int doc)
    {
        var segment = _segment!;
        var open = openNow is not null && segment.Keys[doc] is { } key && openNow.Contains(key);
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

        var (start, end) = (segment.Starts[doc], segment.Starts[doc + 1]);
        if (segment.SmallOrds is { } small)
        {
            for (var i = start; i < end; i++)
            {
                _ordCounts[small[i]]++;
            }
        }
        else
        {
            var ords = segment.Ords!;
            for (var i = start; i < end; i++)
            {
                _ordCounts[ords[i]]++;
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
        if (_segment is null)
        {
            return;
        }

        for (var ord = 0; ord < _ordCounts.Length; ord++)
        {
            if (_ordCounts[ord] > 0)
            {
                var (field, value) = _segment.Values[ord];
                var counts = _counts[SearchFields.Facets[field]];
                counts[value] = counts.GetValueOrDefault(value) + _ordCounts[ord];
                _ordCounts[ord] = 0;
            }
        }
    }
}
