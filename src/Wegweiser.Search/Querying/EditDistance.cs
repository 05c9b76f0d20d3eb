namespace Wegweiser.Search.Querying;

/// <summary>Edit distances between words given as Unicode code points.</summary>
internal static class EditDistance
{
    /// <summary>
    /// The restricted Damerau–Levenshtein distance (insertions, deletions, substitutions and swaps
    /// of two neighbouring letters each count one edit; no letter is edited twice), the distance
    /// Lucene's Levenshtein automata with transpositions accept; <paramref name="limit"/> + 1 as
    /// soon as it must exceed <paramref name="limit"/>.
    /// </summary>
    public static int Restricted(int[] a, int[] b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        // Three rows: the one before the previous is needed for swaps.
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, before[j - 2] + 1);
                }

                current[j] = d;
                rowMin = Math.Min(rowMin, d);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (before, previous, current) = (previous, current, before);
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
