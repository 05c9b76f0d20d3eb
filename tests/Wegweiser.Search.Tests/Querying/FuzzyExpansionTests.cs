using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Wegweiser.Core.Content;
using Wegweiser.Search.Indexing;
using Wegweiser.Search.Querying;

namespace Wegweiser.Search.Tests.Querying;

public sealed class FuzzyExpansionTests
{
    [Theory]
    [InlineData("beratung", "beratung", 0)]
    [InlineData("beratung", "beratnug", 1)] // a swap of neighbours is one edit
    [InlineData("beratung", "beratun", 1)]
    [InlineData("beratung", "bertaung", 1)]
    [InlineData("beratung", "brtaung", 2)]
    [InlineData("kurs", "kurse", 1)]
    [InlineData("kurs", "haus", 3)]
    [InlineData("abc", "ca", 3)] // restricted: no letter is edited twice
    public void Edit_distance_counts_swaps_as_one_edit(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Restricted([.. a.Select(c => (int)c)], [.. b.Select(c => (int)c)], 3));
    }

    [Theory]
    [InlineData("migrasionsberatung", 2)]
    [InlineData("sprahkurs", 2)]
    [InlineData("kinderbetreung", 2)]
    [InlineData("kurz", 1)]
    [InlineData("beratnug", 2)]
    public void The_expansion_is_what_a_FuzzyQuery_rewrites_to(string term, int maxEdits)
    {
        using var index = CultureIndex.Open("de", null, NullLogger.Instance, cacheQueries: false);
        index.Rebuild(
        [
            Doc("a", "Migrationsberatung für Erwachsene", "Sprachkurs und Kurse, kurz und gut."),
            Doc("b", "Kinderbetreuung Sonnenschein", "Beratung, Beratungen, Betreuung, Kurs, Kurse, Kurt."),
            Doc("c", "Migrationsberatungen im Kreis", "Sprachkurse am Abend, Sprachkurs, Spielkurs."),
        ]);

        index.WithSearcher(searcher =>
        {
            var expansion = FuzzyExpansion.Find(searcher.IndexReader, term, maxEdits);
            foreach (var (field, _) in SearchFields.Weighted)
            {
                var rewritten = (BooleanQuery)new FuzzyQuery(new Term(field, term), maxEdits, 0).Rewrite(searcher.IndexReader);
                var expected = rewritten.Clauses.Select(c => (Term: ((TermQuery)c.Query).Term.Text, c.Query.Boost)).OrderBy(t => t.Term, StringComparer.Ordinal).ToList();
                var actual = expansion.Query(field, 1f).Clauses.Select(c => (Term: ((TermQuery)c.Query).Term.Text, c.Query.Boost)).OrderBy(t => t.Term, StringComparer.Ordinal).ToList();
                Assert.Equal(expected.Select(e => e.Term), actual.Select(a => a.Term));
                Assert.Equal(expected.Select(e => e.Boost), actual.Select(a => a.Boost), (x, y) => Math.Abs(x - y) < 1e-5);
            }

            return 0;
        });
    }

    private static SearchDocument Doc(string key, string title, string summary) =>
        new(key, ContentType.Service, title, summary, null, $"/de/angebote/{key}", false, [], []);
}
