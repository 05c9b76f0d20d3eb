using System.Text;
using Microsoft.Data.Sqlite;
using Wegweiser.Search.Indexing;
using Wegweiser.Search.Querying;

namespace Wegweiser.SearchBench.Engines;

/// <summary>
/// SQLite FTS5, one virtual table per culture in a file: tokenizer <c>unicode61 remove_diacritics 2</c>
/// (no stemming, no compound splitting), ranked by bm25 with the field weights of our Lucene query.
/// </summary>
internal sealed class Fts5Engine : ISearchEngine
{
    private readonly string _file;
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _queries = [];

    public Fts5Engine(string file)
    {
        _file = file;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
    }

    public string Name => "SQLite FTS5";

    public void Build(IReadOnlyDictionary<string, IReadOnlyList<SearchDocument>> documents)
    {
        foreach (var (culture, docs) in documents)
        {
            var table = Table(culture);
            Execute($"DROP TABLE IF EXISTS {table}; CREATE VIRTUAL TABLE {table} USING fts5(key UNINDEXED, title, summary, body, tokenize = 'unicode61 remove_diacritics 2');");
            using var transaction = _connection.BeginTransaction();
            using var insert = _connection.CreateCommand();
            insert.CommandText = $"INSERT INTO {table} (key, title, summary, body) VALUES ($key, $title, $summary, $body)";
            var key = insert.Parameters.Add("$key", SqliteType.Text);
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            var summary = insert.Parameters.Add("$summary", SqliteType.Text);
            var body = insert.Parameters.Add("$body", SqliteType.Text);
            insert.Prepare();
            foreach (var d in docs)
            {
                key.Value = d.Key;
                title.Value = d.Title;
                summary.Value = (object?)d.Summary ?? DBNull.Value;
                body.Value = (object?)d.Body ?? DBNull.Value;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
            Execute($"INSERT INTO {table} ({table}) VALUES ('optimize');");
            var query = _connection.CreateCommand();
            // Column weights as in SearchFields.Weighted: title 3, summary 2, body 1 (key is not indexed).
            query.CommandText = $"SELECT key FROM {table} WHERE {table} MATCH $match ORDER BY bm25({table}, 0.0, 3.0, 2.0, 1.0) LIMIT $top";
            query.Parameters.Add("$match", SqliteType.Text);
            query.Parameters.Add("$top", SqliteType.Integer);
            _queries[culture] = query;
        }
    }

    public IReadOnlyList<string> Search(string culture, string text, int top)
    {
        var match = MatchExpression(QueryWords.Of(text));
        if (match is null)
        {
            return [];
        }

        var query = _queries[culture];
        query.Parameters["$match"].Value = match;
        query.Parameters["$top"].Value = top;
        var keys = new List<string>(top);
        using var reader = query.ExecuteReader();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    /// <summary>
    /// The visitor's words as an FTS5 query: each word a quoted string (so <c>AND</c>, <c>NEAR</c>,
    /// <c>*</c> or <c>"</c> are never syntax), words of four letters or more as prefix queries
    /// (the nearest FTS5 has to stemming), combined with OR like our Lucene query.
    /// </summary>
    internal static string? MatchExpression(IReadOnlyList<string> words)
    {
        var terms = new List<string>();
        foreach (var word in words)
        {
            var quoted = new StringBuilder("\"").Append(word.Replace("\"", "\"\"")).Append('"');
            if (word.Length >= 4)
            {
                quoted.Append('*');
            }

            terms.Add(quoted.ToString());
        }

        return terms.Count == 0 ? null : string.Join(" OR ", terms);
    }

    public string Footprint()
    {
        Execute("PRAGMA wal_checkpoint(TRUNCATE);");
        return $"disk {LuceneEngine.Mb(new FileInfo(_file).Length)}";
    }

    public void Dispose()
    {
        foreach (var query in _queries.Values)
        {
            query.Dispose();
        }

        _connection.Dispose();
    }

    private static string Table(string culture) => $"docs_{culture}";

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
