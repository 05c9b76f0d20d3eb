using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Wegweiser.Search.Indexing;

/// <summary>
/// The facet values and keys of one index segment's documents, read once from its doc values into
/// flat arrays. Counting facets walks every match of a search; reading seven doc-value fields per
/// match and decoding each value again was half of a search's time. A segment never changes once
/// written (deletions do not touch doc values), so the arrays are kept per segment core for as long
/// as the segment lives and are shared by every generation that still holds it: after an entry is
/// replaced only the new small segment is read.
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> BySegment = new();

    private SegmentFacets(int[] starts, List<int> ords, (int Field, string Value)[] values, string?[] keys)
    {
        Starts = starts;
        if (values.Length <= ushort.MaxValue + 1)
        {
            SmallOrds = new ushort[ords.Count];
            for (var i = 0; i < ords.Count; i++)
            {
                SmallOrds[i] = (ushort)ords[i];
            }
        }
        else
        {
            Ords = ords.ToArray();
        }

        Values = values;
        Keys = keys;
    }

    /// <summary>Document → where its values begin in <see cref="SmallOrds"/> or <see cref="Ords"/> (one more entry than documents).</summary>
    public int[] Starts { get; }

    /// <summary>
    /// The values of all documents, as positions in <see cref="Values"/>, when a segment has at most
    /// 65,536 different values (always, for the taxonomies of a county or a state): half the memory
    /// of <see cref="Ords"/>, which is set instead only above that.
    /// </summary>
    public ushort[]? SmallOrds { get; }

    /// <summary>The values of all documents, as positions in <see cref="Values"/>, when <see cref="SmallOrds"/> cannot hold them; else null.</summary>
    public int[]? Ords { get; }

    /// <summary>Every value of the segment: the facet (index in <see cref="SearchFields.Facets"/>) and the value.</summary>
    public (int Field, string Value)[] Values { get; }

    /// <summary>Document → its entry key (one string per key for all cultures' indexes: they are interned).</summary>
    public string?[] Keys { get; }

    public static SegmentFacets For(AtomicReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return BySegment.GetValue(reader.CoreCacheKey, _ => Read(reader));
    }

    private static SegmentFacets Read(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        var fields = SearchFields.Facets.Select(reader.GetSortedSetDocValues).ToArray();
        var offsets = new int[fields.Length];
        var values = new List<(int, string)>();
        var text = new BytesRef();
        for (var f = 0; f < fields.Length; f++)
        {
            offsets[f] = values.Count;
            for (var ord = 0L; fields[f] is { } field && ord < field.ValueCount; ord++)
            {
                field.LookupOrd(ord, text);
                values.Add((f, text.Utf8ToString()));
            }
        }

        var starts = new int[maxDoc + 1];
        var ords = new List<int>(maxDoc * 4);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ords.Count;
            for (var f = 0; f < fields.Length; f++)
            {
                if (fields[f] is not { } field)
                {
                    continue;
                }

                field.SetDocument(doc);
                long ord;
                while ((ord = field.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    ords.Add(offsets[f] + (int)ord);
                }
            }
        }

        starts[maxDoc] = ords.Count;
        var keys = new string?[maxDoc];
        if (reader.GetSortedDocValues(SearchFields.Key) is { } keyValues)
        {
            for (var doc = 0; doc < maxDoc; doc++)
            {
                keyValues.Get(doc, text);
                keys[doc] = text.Length > 0 ? string.Intern(text.Utf8ToString()) : null;
            }
        }

        return new SegmentFacets(starts, ords, values.ToArray(), keys);
    }
}
