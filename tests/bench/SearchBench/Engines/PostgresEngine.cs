using Npgsql;
using NpgsqlTypes;
using Wegweiser.Search.Indexing;
using Wegweiser.Search.Querying;

namespace Wegweiser.SearchBench.Engines;

/// <summary>
/// PostgreSQL full-text search in a database of its own: one table per culture with a stored
/// <c>tsvector</c> (title weight A, summary B, body D) under a GIN index, in the culture's text search
/// configuration where the server has one (<c>german</c> for de), else <c>simple</c>. Ranked by
/// <c>ts_rank</c>.
/// </summary>
internal sealed class PostgresEngine : ISearchEngine
{
    private static readonly Dictionary<string, string> Preferred = new()
    {
        ["de"] = "german", ["en"] = "english", ["ar"] = "arabic", ["ru"] = "russian", ["tr"] = "turkish", ["uk"] = "ukrainian",
    };

    private readonly string _adminConnection;
    private readonly string _database;
    private readonly NpgsqlConnection _connection;
    private readonly Dictionary<string, string> _configs = [];
    private readonly Dictionary<(string Culture, int Words), NpgsqlCommand> _queries = [];

    public PostgresEngine(string adminConnection, string label)
    {
        _adminConnection = adminConnection;
        _database = $"searchbench_{label}_{Environment.ProcessId}";
        using (var admin = new NpgsqlConnection(adminConnection))
        {
            admin.Open();
            // One statement a command: CREATE DATABASE cannot run inside the implicit transaction of a batch.
            using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database}", admin))
            {
                drop.ExecuteNonQuery();
            }

            using var create = new NpgsqlCommand($"CREATE DATABASE {_database} ENCODING 'UTF8'", admin);
            create.ExecuteNonQuery();
            ServerVersion = admin.PostgreSqlVersion.ToString();
        }

        _connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(adminConnection) { Database = _database }.ToString());
        _connection.Open();
    }

    public string Name => "PostgreSQL FTS";

    public string ServerVersion { get; }

    /// <summary>The text search configuration used per culture, for the notes under the table.</summary>
    public IReadOnlyDictionary<string, string> Configs => _configs;

    public void Build(IReadOnlyDictionary<string, IReadOnlyList<SearchDocument>> documents)
    {
        var available = new HashSet<string>();
        using (var list = new NpgsqlCommand("SELECT cfgname FROM pg_ts_config", _connection))
        using (var reader = list.ExecuteReader())
        {
            while (reader.Read())
            {
                available.Add(reader.GetString(0));
            }
        }

        foreach (var (culture, docs) in documents)
        {
            var config = Preferred.TryGetValue(culture, out var wanted) && available.Contains(wanted) ? wanted : "simple";
            _configs[culture] = config;
            var table = $"docs_{culture}";
            Execute($"""
                DROP TABLE IF EXISTS {table};
                CREATE TABLE {table} (
                    key text NOT NULL, title text NOT NULL, summary text, body text,
                    tsv tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('{config}', title), 'A') ||
                        setweight(to_tsvector('{config}', coalesce(summary, '')), 'B') ||
                        setweight(to_tsvector('{config}', coalesce(body, '')), 'D')) STORED)
                """);
            using (var copy = _connection.BeginBinaryImport($"COPY {table} (key, title, summary, body) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var d in docs)
                {
                    copy.StartRow();
                    copy.Write(d.Key, NpgsqlDbType.Text);
                    copy.Write(d.Title, NpgsqlDbType.Text);
                    WriteNullable(copy, d.Summary);
                    WriteNullable(copy, d.Body);
                }

                copy.Complete();
            }

            Execute($"CREATE INDEX {table}_tsv ON {table} USING gin (tsv); ANALYZE {table};");
        }
    }

    public IReadOnlyList<string> Search(string culture, string text, int top)
    {
        var words = QueryWords.Of(text);
        if (words.Count == 0)
        {
            return [];
        }

        var query = Query(culture, words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            query.Parameters[i].Value = words[i];
        }

        query.Parameters[words.Count].Value = top;
        var keys = new List<string>(top);
        using var reader = query.ExecuteReader();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    public string Footprint()
    {
        using var size = new NpgsqlCommand("SELECT sum(pg_total_relation_size(c.oid))::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'", _connection);
        return $"disk {LuceneEngine.Mb((long)size.ExecuteScalar()!)} (server process)";
    }

    public void Dispose()
    {
        foreach (var query in _queries.Values)
        {
            query.Dispose();
        }

        _connection.Dispose();
        using var admin = new NpgsqlConnection(_adminConnection);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }

    /// <summary>
    /// Each word goes in as a parameter through <c>plainto_tsquery</c>, which accepts any text; the
    /// word queries are OR-ed (<c>||</c>) like our Lucene query. Prepared once per word count.
    /// </summary>
    private NpgsqlCommand Query(string culture, int wordCount)
    {
        if (_queries.TryGetValue((culture, wordCount), out var cached))
        {
            return cached;
        }

        var config = _configs[culture];
        var terms = string.Join(" || ", Enumerable.Range(1, wordCount).Select(i => $"plainto_tsquery('{config}', ${i})"));
        var command = new NpgsqlCommand(
            $"WITH q AS (SELECT {terms} AS query) SELECT d.key FROM docs_{culture} d, q WHERE d.tsv @@ q.query ORDER BY ts_rank(d.tsv, q.query) DESC LIMIT ${wordCount + 1}",
            _connection);
        for (var i = 0; i < wordCount; i++)
        {
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text });
        }

        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer });
        command.Prepare();
        _queries[(culture, wordCount)] = command;
        return command;
    }

    private static void WriteNullable(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Text);
        }
    }

    private void Execute(string sql)
    {
        using var command = new NpgsqlCommand(sql, _connection);
        command.ExecuteNonQuery();
    }
}
