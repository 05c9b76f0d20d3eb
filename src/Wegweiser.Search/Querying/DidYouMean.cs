using Lucene.Net.Index;
using Lucene.Net.Search;
using Wegweiser.Search.Indexing;

namespace Wegweiser.Search.Querying;

/// <summary>
/// For a search without hits: each word replaced by the index word closest to it (smallest edit
/// distance, then the most frequent), within a limit that grows with the word's length. Only
/// words of live documents count: never a word of an archived or replaced version.
/// </summary>
internal static class DidYouMean
{
    public static string? Suggest(IndexReader reader, IReadOnlyList<string> words)
    {
        var known = new List<(string Word, int Frequency)>();
        var terms = MultiFields.GetTerms(reader, SearchFields.Words);
        if (terms is null)
        {
            return null;
        }

        // Replaced and archived entries leave their words in the term dictionary until segments
        // merge; a word is offered only if a live document still has it. Only a word with no more
        // documents than were deleted can be dead, so just those postings are read.
        var deleted = reader.NumDeletedDocs;
        var liveDocs = deleted > 0 ? MultiFields.GetLiveDocs(reader) : null;
        DocsEnum? docs = null;
        var all = terms.GetEnumerator();
        while (all.MoveNext())
        {
            if (liveDocs is not null && all.DocFreq <= deleted)
            {
                docs = all.Docs(liveDocs, docs, DocsFlags.NONE);
                if (docs.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
                {
                    continue;
                }
            }

            known.Add((all.Term.Utf8ToString(), all.DocFreq));
        }

        var changed = false;
        var suggestion = new List<string>();
        foreach (var word in words)
        {
            var lower = word.ToLowerInvariant();
            var limit = Math.Min(3, 1 + lower.Length / 3);
            var best = known
                .Where(k => !char.IsDigit(k.Word[0]))
                .Select(k => (k.Word, k.Frequency, Distance: Distance(lower, k.Word, limit)))
                .Where(k => k.Distance <= limit)
                .OrderBy(k => k.Distance).ThenByDescending(k => k.Frequency).ThenBy(k => k.Word, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best.Word is not null && best.Distance > 0)
            {
                changed = true;
                suggestion.Add(best.Word);
            }
            else
            {
                suggestion.Add(lower);
            }
        }

        return changed ? string.Join(' ', suggestion) : null;
    }

    /// <summary>Levenshtein distance, or <paramref name="limit"/> + 1 as soon as it must exceed the limit.</summary>
    internal static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
